#pragma once

#include "pipeline/SetupState.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;
class SetupChecklistModel;

// "Get started" on the dashboard of a new workspace: the setup steps from SetupChecklistModel, each
// ticked from the real state, with the button that does the next one. Hidden once setup is complete.
class SetupChecklistCard final : public QFrame
{
    Q_OBJECT
public:
    explicit SetupChecklistCard(SetupChecklistModel* model, QWidget* parent = nullptr);

signals:
    void stepRequested(SetupState::Step step);

private:
    void rebuild();

    SetupChecklistModel* m_model;
    QLabel* m_title;
    QVBoxLayout* m_rows;
};
