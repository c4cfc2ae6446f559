#pragma once

#include <QDialog>

class AutopilotActions;
class QLabel;
class QPushButton;
class QTableWidget;

// File → Reports: the daily and weekly reports kept in the workspace (made on the owner's schedule by
// whichever Quorum runs, or here on demand), newest first; open one as a PDF or save it elsewhere.
class ReportsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReportsDialog(AutopilotActions* autopilot, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* note() const { return m_note; }
    // The selected report's id (0: none).
    qint64 selectedId() const;
    void makeDaily();
    void makeWeekly();
    // Writes the selected report's PDF to a temporary file and opens it with the desktop's viewer.
    void openSelected();
    bool saveSelected(const QString& path);
    void load();

signals:
    void message(const QString& text);

private:
    void make(bool weekly);

    AutopilotActions* m_autopilot;
    QTableWidget* m_table;
    QPushButton* m_daily;
    QPushButton* m_weekly;
    QPushButton* m_open;
    QPushButton* m_save;
    QLabel* m_note;
};
