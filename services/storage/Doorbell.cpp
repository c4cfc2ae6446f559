#include "Doorbell.h"

#include "Connection.h"
#include "Dialect.h"
#include "core/Clock.h"
#include "core/Log.h"

#include <QMetaEnum>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
constexpr QLatin1StringView kChannel{"quorum_changes"};

const QMetaEnum& topics()
{
    static const QMetaEnum e = QMetaEnum::fromType<EventBus::Topic>();
    return e;
}
} // namespace

Doorbell::Doorbell(const QString& location, EventBus* bus, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_bus(bus)
    , m_clock(clock)
{ }

void Doorbell::start()
{
    if (!Dialect::isServerLocation(m_location))
        return;
    connect(m_bus, &EventBus::changed, this, [this](EventBus::Topic topic) { onChanged(topic); });
    setListening(listen());
    m_clock->callAfter(CheckMs, this, [this] { check(); });
}

Doorbell::~Doorbell()
{
    if (m_connection && m_connection->isOpen())
        m_connection->db().driver()->unsubscribeFromNotification(QString(kChannel));
}

bool Doorbell::listen()
{
    m_connection.reset();
    m_connection = std::make_unique<Connection>(m_location, u"doorbell"_s);
    if (!m_connection->isOpen()) {
        qCDebug(lcStorage) << "doorbell: cannot reach the server:" << m_connection->errorString();
        return false;
    }
    QSqlDriver* driver = m_connection->db().driver();
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
            onNotification(name, static_cast<int>(source), payload);
        });
    if (!driver->subscribeToNotification(QString(kChannel))) {
        qCWarning(lcStorage) << "doorbell: cannot listen:" << driver->lastError().text();
        return false;
    }
    return true;
}

void Doorbell::setListening(bool listening)
{
    if (listening == m_listening.load())
        return;
    m_listening.store(listening);
    qCInfo(lcStorage) << (listening ? "doorbell: listening for the team's changes" : "doorbell: the server is gone");
    emit listeningChanged(listening);
}

void Doorbell::check()
{
    m_clock->callAfter(CheckMs, this, [this] { check(); });
    if (m_listening) {
        QSqlQuery q(m_connection->db());
        if (q.exec(u"SELECT 1"_s))
            return;
        qCWarning(lcStorage) << "doorbell: lost the server:" << q.lastError().text();
        setListening(false);
        return;
    }
    if (!listen())
        return;
    setListening(true);
    // What rang while nobody listened is not replayed: everything is read again.
    QSet<EventBus::Topic> all;
    for (int i = 0; i < topics().keyCount(); ++i)
        all.insert(static_cast<EventBus::Topic>(topics().value(i)));
    m_relaying = true;
    for (EventBus::Topic t : std::as_const(all))
        m_bus->publishChanged(t, {}, true);
    m_relaying = false;
    emit rang(all);
}

void Doorbell::onChanged(EventBus::Topic topic)
{
    if (m_relaying || !m_listening)
        return;
    m_pending.insert(topic);
    if (m_sendScheduled)
        return;
    m_sendScheduled = true;
    m_clock->callAfter(DebounceMs, this, [this] { send(); });
}

void Doorbell::send()
{
    m_sendScheduled = false;
    if (m_pending.isEmpty() || !m_listening)
        return;
    QStringList names;
    for (EventBus::Topic t : std::as_const(m_pending))
        names.append(QString::fromLatin1(topics().valueToKey(static_cast<int>(t))));
    m_pending.clear();
    names.sort();
    QSqlQuery q(m_connection->db());
    // The payload is only the topics' names (short, well under NOTIFY's 8,000 bytes).
    if (!q.exec(u"SELECT pg_notify('%1', '%2')"_s.arg(kChannel, names.join(u','))))
        qCDebug(lcStorage) << "doorbell: cannot ring:" << q.lastError().text();
}

void Doorbell::onNotification(const QString& name, int source, const QVariant& payload)
{
    // Its own rings come back on the same connection: this process knows already.
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return;
    QSet<EventBus::Topic> changed;
    for (const QString& key : payload.toString().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = topics().keyToValue(key.toLatin1().constData(), &ok);
        if (ok)
            changed.insert(static_cast<EventBus::Topic>(value));
    }
    if (changed.isEmpty())
        return;
    m_relaying = true;
    for (EventBus::Topic t : std::as_const(changed))
        m_bus->publishChanged(t, {}, true);
    m_relaying = false;
    emit rang(changed);
}
