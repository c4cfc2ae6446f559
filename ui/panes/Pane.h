#pragma once

#include <QString>

// The panes of the main window, in navigation order (Ctrl+1 ... Ctrl+6).
enum class PaneId
{
    Dashboard,
    Pipeline,
    Approvals,
    Agents,
    Campaigns,
    Sites,
    Count
};

inline QString paneKey(PaneId id)
{
    switch (id) {
    case PaneId::Dashboard:
        return QStringLiteral("dashboard");
    case PaneId::Pipeline:
        return QStringLiteral("pipeline");
    case PaneId::Approvals:
        return QStringLiteral("approvals");
    case PaneId::Agents:
        return QStringLiteral("agents");
    case PaneId::Campaigns:
        return QStringLiteral("campaigns");
    case PaneId::Sites:
        return QStringLiteral("sites");
    case PaneId::Count:
        break;
    }
    return {};
}
