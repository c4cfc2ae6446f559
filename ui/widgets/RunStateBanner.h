#pragma once

#include "jobs/RunControl.h"

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above every pane while the pipeline is paused or under the emergency stop: what it means
// and a Resume button, so the state is never only a word in the status bar.
class RunStateBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit RunStateBanner(QWidget* parent = nullptr);
    void setState(RunControl::State state);

signals:
    void resumeRequested();

private:
    QLabel* m_text;
    QPushButton* m_resume;
    RunControl::State m_state = RunControl::State::Running;
};
