#pragma once

#include "UiContext.h"
#include "audit/AuditLog.h"

#include <QWidget>

class QComboBox;
class QProgressBar;
class QPushButton;
class QLabel;
class QLineEdit;
class QTableView;

// The Activity tab of the Approvals pane: one timeline of what ran on its own (LOW and MEDIUM),
// what people decided, and every override, read from the audit trail. "Verify integrity" walks the
// hash chain and names the first broken entry; the trail exports to CSV and JSON. Both run in the
// background with a progress bar and a Cancel button.
class ActivityView final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityView(const UiContext& context, QWidget* parent = nullptr);

    // Starts verifying the chain; the result is shown when it is done (verified()).
    void verify();
    QString verifyText() const;
    bool isBusy() const;

signals:
    void message(const QString& text);
    // firstBroken: the first entry that does not verify, or 0 when the trail is intact.
    void verified(qint64 firstBroken);

private:
    void exportTo(bool json);
    void showVerification(const AuditLog::Verification& v);
    void setBusy(const QString& what);

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QLabel* m_result;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QList<QPushButton*> m_actions;
    QTableView* m_view;
};
