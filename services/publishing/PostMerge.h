#pragma once

#include <QJsonObject>
#include <QStringList>

// Re-publishing a WordPress post or page reads it first and leaves what a person changed there alone.
// Quorum manages four fields: the title, the text, the excerpt and the status. After each write it
// keeps a fingerprint of what WordPress then held in each; at the next publish a field that no longer
// matches its fingerprint was edited in WordPress, and is kept as it is (reported, not overwritten).
// Fields nobody touched take Quorum's new version; a field that already says what Quorum would write
// is not written, so a re-publish with nothing new writes nothing. The product's structured data (its
// schema.org JSON-LD block) is Quorum's own: it is brought up to date inside the text even where the
// words around it are a person's. Pure functions of their inputs.
namespace PostMerge
{

struct Plan
{
    bool create = false; // WordPress has no such item: everything is written
    QJsonObject write;   // the fields to send (empty: nothing to write)
    QStringList kept;    // fields edited in WordPress and left as they are: title, content, excerpt, status
};

// payload: what Quorum would write. remote: the item as WordPress returns it with context=edit, or
// empty when there is none. fingerprint: what fingerprint() gave after Quorum's last write (empty:
// nothing known, so the item at Quorum's slug is Quorum's and is brought up to date).
Plan plan(const QJsonObject& payload, const QJsonObject& remote, const QJsonObject& fingerprint);
// What an item holds now, field by field (hashes of the raw values, the text without its JSON-LD).
QJsonObject fingerprint(const QJsonObject& item);

// The product JSON-LD block in some HTML ("" when it has none), and the HTML without it.
QString structuredData(const QString& html);
QString withoutStructuredData(const QString& html);
// The HTML with its product JSON-LD block replaced by `block` (appended when it had none; removed
// when `block` is empty).
QString withStructuredData(const QString& html, const QString& block);

// The fields' names for a person ("the title, the excerpt"), translated.
QString describe(const QStringList& fields);

} // namespace PostMerge
