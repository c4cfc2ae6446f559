#pragma once

#include "UiContext.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

// Settings → Suppliers: the owner's supplier list, imported from a CSV, that the Supplier vetting agent
// compares new suppliers by. Owners import; the agent looks at it at once.
class SuppliersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SuppliersPage(const UiContext& context, QWidget* parent = nullptr);

    QLabel* listState() const { return m_list; }
    QTableView* table() const { return m_table; }
    QMessageBox* lastImportBox() const { return m_lastBox; }
    void load();
    void importList(const QString& path);

signals:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void chooseList();

    UiContext m_context;
    QLabel* m_list;
    QLabel* m_note;
    QPushButton* m_import;
    QTableView* m_table;
    QPointer<QMessageBox> m_lastBox;
};
