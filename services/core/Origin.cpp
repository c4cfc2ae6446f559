#include "Origin.h"

using namespace Qt::StringLiterals;

QString originOf(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    return u"%1://%2:%3"_s.arg(scheme, url.host().toLower()).arg(url.port(scheme == u"http"_s ? 80 : 443));
}
