#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class SocialHeatmapModel;

// The Social tab's "Best times": for one account, engagement by day and hour from its own published posts (a
// heatmap with the number of posts behind each cell), the times worth posting at where enough posts stand behind
// them, and its posts that did unusually well or badly. No suggestion from too little: it says what is missing.
class SocialBestTimes final : public QWidget
{
    Q_OBJECT
public:
    explicit SocialBestTimes(const UiContext& context, QWidget* parent = nullptr);
    SocialHeatmapModel* model() const { return m_model; }
    QTableView* grid() const { return m_grid; }
    QLabel* summary() const { return m_summary; }
    // Reads the accounts and the chosen account's figures again.
    void reload();

private:
    void showAccount();

    UiContext m_context;
    SocialHeatmapModel* m_model;
    QComboBox* m_account;
    QTableView* m_grid;
    QLabel* m_summary;
};
