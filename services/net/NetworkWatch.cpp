#include "NetworkWatch.h"

#include "core/Log.h"

#include <QNetworkInformation>

NetworkWatch::NetworkWatch(QObject* parent)
    : QObject(parent)
{
    m_backend = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation* info = m_backend ? QNetworkInformation::instance() : nullptr;
    if (!info) {
        qCInfo(lcNet) << "no network information backend; publishing relies on its retries";
        return;
    }
    const auto update = [this](QNetworkInformation::Reachability r) {
        // Loopback and local networks still reach a shop on this machine or the LAN.
        const bool online = r != QNetworkInformation::Reachability::Disconnected;
        if (online == m_online)
            return;
        m_online = online;
        qCInfo(lcNet) << (online ? "network is back" : "network is down");
        emit onlineChanged(online);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    update(info->reachability());
}
