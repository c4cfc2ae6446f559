#pragma once

#include "UiContext.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

class MainWindow;
class WorkerPool;
class QTimer;

// Keeps the models and the status bar current: routes the event bus's change notifications to the
// models that show those rows, and refreshes time-based figures periodically. Part of the
// composition root (app/), so it may read the queue's counts itself.
class ModelWiring final : public QObject
{
    Q_OBJECT
public:
    ModelWiring(const UiContext& context, const QSqlDatabase& db, WorkerPool* pool, MainWindow* window,
        QObject* parent = nullptr);
    void refreshCounts();
    void refreshPipelineStatus();
    void refreshSyncStatus();
    void refreshPipelineAgents();
    static void throttle(QTimer* timer);

private:
    UiContext m_context;
    QSqlDatabase m_db;
    WorkerPool* m_pool; // the GUI thread's connection, for the counts in the status bar
    MainWindow* m_window;
    QTimer* m_periodic;
    QTimer* m_stageRefresh;
    QTimer* m_productFlush;
    QTimer* m_pipelineStatus;
    QTimer* m_agentsTick;
    QTimer* m_salesRefresh;
    QTimer* m_rankingRefresh;
    QTimer* m_historyRefresh; // what decisions and audit entries change besides the queue
    bool m_decisionsChanged = false;
    QSet<qint64> m_changedProducts;
};
