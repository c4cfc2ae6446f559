#pragma once

#include "UiContext.h"
#include "shopagents/SegmentsAgent.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Settings → Customers: the stores' customers, searchable by name or email, filtered by segment (with
// each segment's size and value, and an export of its customers), and erasing a person's
// personal data when they ask (the selected customer, or everyone with an email address: guests and
// orders exports included). Erasing asks first, cannot be undone, keeps the orders for the figures
// and is in the audit trail; only owners may.
class CustomersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersPage(const UiContext& context, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* search() const { return m_search; }
    QPushButton* eraseButton() const { return m_erase; }
    // What the confirmations do, without asking (for tests and the confirmations themselves).
    bool eraseSelected();
    bool eraseEmail(const QString& email);
    // Every order to a CSV file in the background (what Export orders… does once a file is picked);
    // with personal data only when the box is ticked.
    void exportOrders(const QString& path);
    QCheckBox* personalBox() const { return m_personal; }
    // Customer Segments' segments: the filter (its sizes and value said beside it) and the export of the
    // shown segment's customers with their e-mail addresses (owners only), for an e-mail tool or an ad
    // platform's customer list.
    QComboBox* segmentBox() const { return m_segment; }
    QLabel* segmentText() const { return m_segmentText; }
    QPushButton* exportSegmentButton() const { return m_exportSegment; }
    void exportSegment(const QString& path);
    void refreshSegments();

signals:
    void message(const QString& text);

private:
    void updateState();
    void showSegment();
    // An export asked for: the note says it runs, or why it cannot; and when it is done, what it wrote.
    void exportStarted(bool started, const QString& error, const QString& busy);
    void exportDone(const QString& text);
    void confirm(const QString& title, const QString& text, const std::function<void()>& onYes);
    void report(bool ok, int customers, int orders, const QString& error);

    UiContext m_context;
    QLineEdit* m_search;
    QTableView* m_table;
    QPushButton* m_erase;
    QPushButton* m_eraseEmail;
    QPushButton* m_export;
    QCheckBox* m_personal;
    QComboBox* m_segment;
    QLabel* m_segmentText;
    QPushButton* m_exportSegment;
    QList<SegmentsAgent::Size> m_sizes;
    QLabel* m_note;
    bool m_exporting = false;
};
