#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// The frame of importing one file in the background (orders, leads): what to choose and why, the chosen
// file, progress with a Stop button, the result, and the rows left out with their lines. Choosing the file
// starts the import at once; closing the dialog lets a running import finish. A subclass starts and stops
// its import and reports back through showProgress() and finish().
class FileImportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Texts
    {
        QString name;        // object names: "<name>Dialog", "<name>Path", "<name>Choose", "<name>FileDialog", …
        QString title;       // the window's
        QString intro;       // what to choose, and what importing does
        QString placeholder; // an example file name
        QString chooseTitle; // the file chooser's title
    };

    void chooseFile();
    void setFile(const QString& path);
    bool isWorking() const { return m_working; }
    QString resultText() const;
    QString problemsText() const;

protected:
    FileImportDialog(const Texts& texts, QWidget* parent);

    // Opens the dialog (deleted on close) and, unless refuse() was called, the file chooser.
    void openAndChoose();
    // Why no file can be chosen now (a viewer, an import under way): said, and the chooser is off.
    void refuse(const QString& why);
    virtual void startImport(const QString& path) = 0;
    virtual void stopImport() = 0;
    // permille of the work done (-1: not known yet), and what the bar says.
    void showProgress(int permille, const QString& text);
    void finish(bool ok, const QString& summary, const QStringList& problems);
    QString fileName() const;

private:
    void setWorking(bool working);

    QString m_name;
    QString m_chooseTitle;
    QLineEdit* m_path;
    QPushButton* m_choose;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPlainTextEdit* m_issues;
    QPushButton* m_stop;
    bool m_working = false;
};
