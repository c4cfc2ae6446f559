#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Joining (or starting) a team workspace: the PostgreSQL server that holds it (host, port, database,
// user, password) and the folder for its files (images, generated sites; for a team, a folder on a shared
// drive). The dialog only collects: whoever opened it connects when connectRequested comes, keeps the
// dialog busy meanwhile and either closes it or shows why it could not (showError).
class TeamWorkspaceDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Server
    {
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString database;
        QString user;
        QString password;
        QString folder;

        // postgresql://user@host:port/database (never with the password).
        QString location() const;
        // From a location (the password stays empty).
        static Server fromLocation(const QString& location, const QString& folder);
    };

    explicit TeamWorkspaceDialog(const Server& prefill, QWidget* parent = nullptr);

    Server server() const;
    void setBusy(bool busy);
    void showError(const QString& message);
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* folderEdit() const { return m_folder; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* connectButton() const;

signals:
    void connectRequested(const TeamWorkspaceDialog::Server& server);

private:
    void updateButtons();
    void chooseFolder();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_folder;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};
