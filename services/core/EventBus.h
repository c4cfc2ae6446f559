#pragma once

#include <QList>
#include <QObject>

// The in-process event bus (DESIGN.md section 4). Services publish what changed; the models (through
// the composition root's wiring) subscribe. Safe to emit from any thread: receivers in other threads
// get queued calls.
class EventBus final : public QObject
{
    Q_OBJECT
public:
    enum class Topic
    {
        Products,
        Proposals,
        Agents,
        Campaigns,
        Sites,
        Audit,
        Jobs,
        Settings,
        Providers,
        Publications,
        StoreData, // orders, customers, stock, reviews synced from the stores
        Alerts     // the autopilot's alerts and reports
    };
    Q_ENUM(Topic)

    explicit EventBus(QObject* parent = nullptr);

    // Rows of a topic changed (ids may be empty: "something changed, reload").
    void publishChanged(Topic topic, const QList<qint64>& ids = {}, bool membershipChanged = false);

signals:
    // membershipChanged: rows were added or removed (or may now match other filters).
    void changed(EventBus::Topic topic, const QList<qint64>& ids, bool membershipChanged);
};
