#pragma once

#include "llm/LlmTypes.h"

#include <QDialog>

class ProviderTester;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Adds or edits one provider: the fields follow the API chosen; a key pasted here goes to the
// keychain; Test provider sends one tiny real request and says in words what is wrong; the model
// list is fetched from the provider where its API lists models. Esc on a changed form asks first.
class ProviderDialog final : public QDialog
{
    Q_OBJECT
public:
    ProviderDialog(const ProviderConfig& config, bool create, const QStringList& takenIds,
        ProviderTester* tester = nullptr, QWidget* parent = nullptr);
    ProviderConfig config() const;
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* addressEdit() const { return m_url; }
    QLineEdit* modelEdit() const;
    QComboBox* modelBox() const { return m_model; }
    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* keyFromEdit() const { return m_secret; }
    QPushButton* testButton() const { return m_test; }
    QLabel* testResult() const { return m_result; }
    // Sends one tiny request with what is typed now; the answer shows under the form.
    void testProvider();
    void loadModels();
    bool isChanged() const;

signals:
    // key: what was typed in the key field (to go to the keychain), or empty.
    void saved(const ProviderConfig& config, const QString& key);
    void tested(bool ok, const QString& message);

public slots:
    void reject() override;

private:
    void save();
    void applyKindPlaceholders();
    void showResult(bool ok, const QString& message);

    bool m_create;
    QStringList m_taken;
    ProviderConfig m_config;
    ProviderTester* m_tester;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QComboBox* m_model;
    QLineEdit* m_secret;
    QLineEdit* m_key;
    QSpinBox* m_concurrency;
    QPushButton* m_test;
    QPushButton* m_loadModels;
    QLabel* m_result;
    QLabel* m_error;
    QFormLayout* m_form = nullptr;
    QString m_shownKind; // whose defaults the fields were last offered
    ProviderConfig m_initial;
};
