#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// The Activity tab of the Approvals pane: one timeline of what ran on its own (LOW and MEDIUM),
// what people decided, and every override, read from the audit trail. "Verify integrity" walks the
// hash chain and names the first broken entry; the trail exports to CSV and JSON.
class ActivityView final : public QWidget
{
    Q_OBJECT
public:
    ActivityView(const UiContext& context, QWidget* parent = nullptr);

    // Verifies the chain and shows the result; returns the first broken entry, or 0.
    qint64 verify();
    QString verifyText() const;

signals:
    void message(const QString& text);

private:
    void exportTo(bool json);

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QLabel* m_result;
    QTableView* m_view;
};
