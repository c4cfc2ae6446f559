#include "BackgroundTask.h"

#include "Connection.h"

#include <QAtomicInteger>

using namespace Qt::StringLiterals;

bool BackgroundTask::Step::progress(qint64 done, qint64 total, const QString& what) const
{
    if (m_report)
        m_report(done, total, what);
    return !cancelled();
}

std::shared_ptr<void> BackgroundTask::open(const QString& path, QSqlDatabase* db)
{
    static QAtomicInteger<qint64> next = 0;
    auto connection = std::make_shared<Connection>(path, u"task-%1"_s.arg(next.fetchAndAddRelaxed(1) + 1));
    *db = connection->db();
    return connection;
}
