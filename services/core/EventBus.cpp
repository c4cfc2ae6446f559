#include "EventBus.h"

EventBus::EventBus(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<EventBus::Topic>();
    qRegisterMetaType<QList<qint64>>();
}

void EventBus::publishChanged(Topic topic, const QList<qint64>& ids, bool membershipChanged)
{
    emit changed(topic, ids, membershipChanged);
}
