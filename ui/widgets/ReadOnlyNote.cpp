#include "ReadOnlyNote.h"

#include "users/Users.h"

using namespace Qt::StringLiterals;

ReadOnlyNote::ReadOnlyNote(UserSession* session, std::function<QString()> whyNot, QWidget* parent)
    : QLabel(parent)
    , m_whyNot(std::move(whyNot))
{
    setObjectName(u"readOnlyNote"_s);
    setProperty("role", u"subtitle"_s);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    if (session)
        connect(session, &UserSession::changed, this, &ReadOnlyNote::refresh);
    refresh();
}

void ReadOnlyNote::guard(const QList<QWidget*>& controls)
{
    for (QWidget* w : controls)
        m_controls.append(w);
    refresh();
}

bool ReadOnlyNote::mayChange() const
{
    return m_whyNot().isEmpty();
}

void ReadOnlyNote::refresh()
{
    const QString why = m_whyNot();
    setText(why);
    setVisible(!why.isEmpty());
    for (const QPointer<QWidget>& w : std::as_const(m_controls)) {
        if (w)
            w->setEnabled(why.isEmpty());
    }
    emit changed(why.isEmpty());
}
