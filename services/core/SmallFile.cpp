#include "SmallFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SmallFile
{

std::optional<QByteArray> read(const QString& path, qint64 maxBytes, const QString& hint, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SmallFile", "Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        const int mb = static_cast<int>(maxBytes / (1024 * 1024));
        *error = QCoreApplication::translate("SmallFile", "%1 is larger than %2 MB.")
                     .arg(QFileInfo(path).fileName())
                     .arg(mb);
        if (!hint.isEmpty())
            *error += u' ' + hint;
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace SmallFile
