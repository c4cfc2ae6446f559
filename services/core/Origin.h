#pragma once

#include <QString>
#include <QUrl>

// "https://shop.example:443": a URL's scheme and host lower-cased and its port always written out
// (80 for http, 443 otherwise); empty for an address without a host. What a connection pool is
// keyed by and what a stored secret is bound to.
QString originOf(const QUrl& url);
