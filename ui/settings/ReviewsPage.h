#pragma once

#include "UiContext.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTableView;

// Settings → Reviews: what customers said this week per product (praise and complaints, from the
// Review Desk's reading), and every review the stores' sync brought in with its sentiment, topics
// and where its reply stands — drafting, waiting for approval, or left to a person with the reason.
class ReviewsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewsPage(const UiContext& context, QWidget* parent = nullptr);

    QTableView* weekTable() const { return m_week; }
    QTableView* table() const { return m_table; }
    QLineEdit* search() const { return m_search; }
    QCheckBox* needsReplyBox() const { return m_needsReply; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    UiContext m_context;
    QTableView* m_week;
    QLineEdit* m_search;
    QCheckBox* m_needsReply;
    QTableView* m_table;
};
