#pragma once

#include "UiContext.h"
#include "publishing/Connections.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Settings → Connections: the WooCommerce stores, WordPress sites and Shopify stores Quorum
// publishes to. Add, edit, test and remove them. Secrets go to the OS keychain only (left empty when
// editing, the stored one is kept); removing a connection removes its secrets. Owners only.
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(const UiContext& context, QWidget* parent = nullptr);

    // For tests and keyboard users: start a new connection of this kind.
    void addConnection(Connections::Kind kind);
    void selectConnection(qint64 id);
    QLineEdit* field(const QString& name) const;
    QString resultText() const;
    QPushButton* saveButton() const { return m_save; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* removeButton() const { return m_remove; }
    bool busy() const { return m_busy > 0; }

signals:
    void message(const QString& text);

private:
    void load();
    void showConnection(int row);
    void layoutFor(Connections::Kind kind);
    Connections::Connection edited() const;
    QHash<QString, QString> enteredSecrets() const;
    void save();
    void test();
    void removeSelected();
    void showResult(bool ok, const QString& text);
    void updateState();

    UiContext m_context;
    QList<Connections::Connection> m_connections;
    Connections::Connection m_current;
    QListWidget* m_list;
    QLabel* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_account;
    QLineEdit* m_apiVersion;
    QLineEdit* m_pageId;
    QComboBox* m_mediaSite;
    QHash<QString, QLineEdit*> m_secretEdits;
    QFormLayout* m_form;
    QLabel* m_result;
    QLabel* m_readOnly;
    QPushButton* m_save;
    QPushButton* m_test;
    QPushButton* m_remove;
    int m_busy = 0;
};
