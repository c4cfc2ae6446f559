#include "GatewayHost.h"

#include "GatewayServer.h"

#include <QHostInfo>
#include <QThread>

using namespace Qt::StringLiterals;

GatewayHost::GatewayHost(
    const QString& databasePath, EventBus* bus, const Clock* clock, const QString& machine, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_bus(bus)
    , m_clock(clock)
    , m_machine(machine)
{ }

GatewayHost::~GatewayHost()
{
    stop();
}

void GatewayHost::start(const GatewaySettings::Set& settings)
{
    stop();
    GatewayServer::Config config;
    config.databasePath = m_databasePath;
    config.machine = m_machine;
    config.clock = m_clock;
    config.bus = m_bus;
    config.address = settings.openToNetwork ? QHostAddress(QHostAddress::Any) : QHostAddress(QHostAddress::LocalHost);
    config.port = static_cast<quint16>(settings.port);
    config.certificatePath = settings.certificatePath;
    config.privateKeyPath = settings.privateKeyPath;
    config.ratePerSecond = settings.ratePerSecond;
    config.burst = settings.ratePerSecond * 5;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"gateway"_s);
    auto* server = new GatewayServer(config);
    server->moveToThread(m_thread);
    m_server = server;
    connect(m_thread, &QThread::finished, server, &QObject::deleteLater);
    connect(server, &GatewayServer::clientsChanged, this, [this](int count) {
        m_clients = count;
        emit clientsChanged(count);
    });
    m_thread->start();
    const bool secure = !settings.certificatePath.isEmpty();
    QMetaObject::invokeMethod(
        server,
        [this, server, secure, open = settings.openToNetwork] {
            QString error;
            if (!server->start(&error)) {
                QMetaObject::invokeMethod(
                    this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
                return;
            }
            QUrl url;
            url.setScheme(secure ? u"https"_s : u"http"_s);
            // Open to the network: agents reach it by this machine's name.
            url.setHost(open ? QHostInfo::localHostName() : u"127.0.0.1"_s);
            url.setPort(server->port());
            QMetaObject::invokeMethod(
                this,
                [this, url] {
                    m_running = true;
                    m_url = url;
                    emit started(url);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void GatewayHost::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool was = m_running;
    m_running = false;
    m_url = {};
    m_clients = 0;
    if (was)
        emit stopped();
}

void GatewayHost::closeKey(qint64 keyId)
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server.data(),
            [server = m_server, keyId] {
                if (server)
                    server->closeKey(keyId);
            },
            Qt::QueuedConnection);
}
