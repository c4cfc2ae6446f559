#pragma once

#include <QLabel>
#include <QPointer>

#include <functional>

class UserSession;

// Says plainly, on a settings page, why the person at this desk cannot change what it shows (a
// viewer, an approver where only owners change settings), and disables the controls that would.
// It follows a switch of user. Pages with their own conditions ask mayChange() when they update.
class ReadOnlyNote final : public QLabel
{
    Q_OBJECT
public:
    ReadOnlyNote(UserSession* session, std::function<QString()> whyNot, QWidget* parent);

    // These stay disabled while the page is read-only.
    void guard(const QList<QWidget*>& controls);
    bool mayChange() const;

signals:
    void changed(bool mayChange);

private:
    void refresh();

    std::function<QString()> m_whyNot;
    QList<QPointer<QWidget>> m_controls;
};
