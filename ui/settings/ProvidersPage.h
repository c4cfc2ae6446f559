#pragma once

#include "UiContext.h"

#include <QDialog>
#include <QWidget>

#include "llm/LlmTypes.h"

class ProvidersModel;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

// AI providers and who writes and who reviews each kind of content. Keys are never stored here:
// a provider names where its key lives (an environment variable or the OS keychain).
class ProvidersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ProvidersPage(const UiContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QComboBox* writerBox(const QString& domain) const;
    QComboBox* reviewerBox(const QString& domain) const;
    // The routing domains, with "" for the default of every piece.
    static QStringList domains();

signals:
    void message(const QString& text);

private:
    void edit(bool create);
    void remove();
    void reloadRoutes();
    void saveRoute(const QString& domain);
    void fillBox(QComboBox* box, bool allowDefault);

    UiContext m_context;
    ProvidersModel* m_model;
    QTableView* m_table;
    QGridLayout* m_routes;
    QHash<QString, QComboBox*> m_writers;
    QHash<QString, QComboBox*> m_reviewers;
    QHash<QString, QLabel*> m_warnings;
};

// Adds or edits one provider.
class ProviderDialog final : public QDialog
{
    Q_OBJECT
public:
    ProviderDialog(const ProviderConfig& config, bool create, const QStringList& takenIds, QWidget* parent = nullptr);
    ProviderConfig config() const;
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* addressEdit() const { return m_url; }
    QLineEdit* modelEdit() const { return m_model; }
    QLineEdit* keyFromEdit() const { return m_secret; }

signals:
    // key: what was typed in the key field (to go to the keychain), or empty.
    void saved(const ProviderConfig& config, const QString& key);

private:
    void save();
    void applyKindPlaceholders();

    bool m_create;
    QStringList m_taken;
    ProviderConfig m_config;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_model;
    QLineEdit* m_secret;
    QLineEdit* m_key;
    QSpinBox* m_concurrency;
    QLabel* m_error;
    QString m_shownKind; // whose defaults the fields were last offered
};
