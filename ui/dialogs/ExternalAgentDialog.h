#pragma once

#include "gateway/AgentKeys.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QPushButton;

// Registers an external agent: its name, the cluster it works in, the kinds of action it may propose
// and how many proposals a day. The key it gets is shown afterwards, once (KeyDialog).
class ExternalAgentDialog final : public QDialog
{
    Q_OBJECT
public:
    // submit registers what was entered and returns why it could not (the dialog stays open), or empty
    // (the dialog closes).
    using Submit = std::function<QString(const AgentKeys::Registration&)>;
    explicit ExternalAgentDialog(Submit submit, QWidget* parent = nullptr);
    AgentKeys::Registration registration() const;
    // Shows why the registration was refused, keeping what was entered.
    void showError(const QString& error);

    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* actionList() const { return m_actions; }

private:
    void updateOk();

    Submit m_submit;
    QLineEdit* m_name;
    QComboBox* m_cluster;
    QListWidget* m_actions;
    QSpinBox* m_daily;
    QLabel* m_error;
    QPushButton* m_ok;
};

// A new key, shown once: Quorum keeps only its hash. Copy it into the agent's configuration now.
class KeyDialog final : public QDialog
{
    Q_OBJECT
public:
    // where: how the agent reaches the gateway (a sentence for the owner).
    KeyDialog(const QString& agent, const QString& key, const QString& where, QWidget* parent = nullptr);
    QLineEdit* keyEdit() const { return m_key; }

private:
    QLineEdit* m_key;
};
