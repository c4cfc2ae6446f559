#pragma once

#include "UiContext.h"
#include "social/SocialActions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QStackedWidget;
class SocialBestTimes;
class SocialCalendar;
class SocialPostsModel;

// The Campaigns pane's Social tab: the posts of a week or a month on a calendar (drag to move, validated again)
// and in a list with what each platform answered, a product's captions planned on chosen accounts at their next
// free posting times, and a post canceled. Changes go through SocialActions (owners; audited).
class SocialTab final : public QWidget
{
    Q_OBJECT
public:
    explicit SocialTab(const UiContext& context, QWidget* parent = nullptr);
    SocialCalendar* calendar() const { return m_calendar; }
    QTableView* list() const { return m_list; }
    SocialBestTimes* bestTimes() const { return m_bestTimes; }
    // Moves the post to the instant (this desktop's clock), in its account's zone; the result goes to message().
    bool movePost(qint64 postId, qint64 instant);
    // Moves the post to a wall time (yyyy-MM-ddTHH:mm) in its account's zone.
    bool moveToWall(qint64 postId, const QString& local);
    // Asks which product and accounts (a dialog), then plans.
    void planForProduct();
    SocialActions::Planned plan(qint64 productId, const QList<qint64>& accountIds);
    void cancelSelected();
    void showPeriod(int direction); // -1 back, 0 this week or month, +1 on
    enum class View
    {
        Week,
        Month,
        BestTimes
    };
    void showView(View view);

signals:
    void message(const QString& text);

private:
    void refresh();
    void useAccountsZone();
    void selectInList(qint64 postId);

    UiContext m_context;
    SocialPostsModel* m_model;
    QComboBox* m_mode;
    QPushButton* m_previous;
    QPushButton* m_today;
    QPushButton* m_next;
    QLabel* m_period;
    QPushButton* m_plan;
    QPushButton* m_cancel;
    SocialCalendar* m_calendar;
    QTableView* m_list;
    QLabel* m_state;
    SocialBestTimes* m_bestTimes;
    QStackedWidget* m_stack;
};
