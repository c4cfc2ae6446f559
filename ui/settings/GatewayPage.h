#pragma once

#include "UiContext.h"

#include <QWidget>

class EmptyState;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Settings → Gateway: the approval gateway on this desk (off by default; on the loopback address until
// opened to the network, which needs TLS), and the external agents that may connect to it: register one
// (its key is shown once), give it another key, revoke a key (its connections close at once).
class GatewayPage final : public QWidget
{
    Q_OBJECT
public:
    explicit GatewayPage(const UiContext& context, QWidget* parent = nullptr);

    QCheckBox* enabled() const { return m_enabled; }
    QTableWidget* agents() const { return m_agents; }
    QTableWidget* keys() const { return m_keys; }
    QLabel* status() const { return m_status; }
    bool save();
    void load();
    // Opens the registration dialog; the key of a registered agent is shown once.
    void registerAgent();
    void issueKey();
    void revokeKey();

signals:
    void message(const QString& text);
    // A key was made: the page shows it once (KeyDialog).
    void keyIssued(const QString& agent, const QString& key);

private:
    void loadKeys();
    void showStatus();
    void showKey(const QString& agent, const QString& key);
    QString selectedAgent() const;

    UiContext m_context;
    QCheckBox* m_enabled;
    QSpinBox* m_port;
    QCheckBox* m_open;
    QLineEdit* m_certificate;
    QLineEdit* m_privateKey;
    QSpinBox* m_rate;
    QLabel* m_status;
    QPushButton* m_save;
    QTableWidget* m_agents;
    QTableWidget* m_keys;
    QPushButton* m_register;
    QPushButton* m_newKey;
    QPushButton* m_revoke;
    QLabel* m_note;
    EmptyState* m_keysEmpty = nullptr;
};
