#pragma once

#include "UiContext.h"

#include <QObject>
#include <QSet>

class MainWindow;
class QTimer;

// Keeps the models and the status bar current: routes the event bus's change notifications to the
// models that show those rows, and refreshes time-based figures periodically.
class ModelWiring final : public QObject
{
    Q_OBJECT
public:
    ModelWiring(const UiContext& context, MainWindow* window, QObject* parent = nullptr);
    void refreshCounts();
    void refreshPipelineStatus();
    void refreshPipelineAgents();
    static void throttle(QTimer* timer);

private:
    UiContext m_context;
    MainWindow* m_window;
    QTimer* m_periodic;
    QTimer* m_stageRefresh;
    QTimer* m_productFlush;
    QTimer* m_pipelineStatus;
    QTimer* m_agentsTick;
    QSet<qint64> m_changedProducts;
};
