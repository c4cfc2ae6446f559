#pragma once

#include "publishing/Publications.h"

#include <QString>
#include <QUrl>

// HTML for a publish proposal in the Approvals pane: per store, what it has now against what
// publishing would write there, field by field (StoreMerge's plan, read by a publish.preview job),
// what stays as the store has it, or why there is nothing to show yet (never read, reading, the read
// failed). Whatever the store or a model wrote is shown as plain text, escaped, long text shortened.
namespace StoreDiffHtml
{

// The link that asks for the stores to be read again.
inline const QUrl ReadAgainLink{QStringLiteral("quorum:read-stores")};

// currency: the product's, for the prices the stores write as decimals; now: for "read 3 min ago".
QString stores(const QList<Publications::StorePreview>& previews, const QString& currency, qint64 now);
// A field of the diff as a person reads it ("SEO title"); an unknown key as it is.
QString fieldLabel(const QString& field);
// A value of that field as a person reads it: a status by name, a price in the currency, a
// description as plain text shortened to about maxChars characters.
QString fieldValue(const QString& field, const QString& value, const QString& currency, int maxChars = 160);

} // namespace StoreDiffHtml
