#pragma once

#include <QObject>

// Whether the machine is online, from QNetworkInformation (NetworkManager or GLib backend). Where no
// backend can tell, it says online and failures alone hold publish jobs back (their retries).
class NetworkWatch final : public QObject
{
    Q_OBJECT
public:
    explicit NetworkWatch(QObject* parent = nullptr);
    bool online() const { return m_online; }
    bool hasBackend() const { return m_backend; }

signals:
    void onlineChanged(bool online);

private:
    bool m_online = true;
    bool m_backend = false;
};
