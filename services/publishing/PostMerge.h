#pragma once

#include <QJsonObject>
#include <QStringList>

// Re-publishing a WordPress post or page reads it first and leaves what a person changed there alone.
// Quorum manages four fields: the title, the text, the excerpt and the status. After each write it
// keeps, per field, a fingerprint of what it sent and of what WordPress then held. At the next
// publish a field is written only when Quorum has something new for it (what it would send differs
// from what it sent), and then only if WordPress still holds what it held: a field that no longer
// matches was edited in WordPress and is kept as it is (reported, not overwritten). So WordPress
// re-encoding what it stores (entities, trimmed titles) never makes Quorum write again, and a
// re-publish with nothing new writes nothing. The product's structured data (its schema.org JSON-LD
// block) is Quorum's own: it is brought up to date inside the text even where the words around it
// are a person's. Pure functions of their inputs.
namespace PostMerge
{

struct Plan
{
    bool create = false;   // WordPress has no such item: everything is written
    QJsonObject write;     // the fields to send (empty: nothing to write)
    QStringList kept;      // fields edited in WordPress and left as they are: title, content, excerpt, status
    QString keptStatus;    // WordPress's status where the status was kept (private, draft, future, pending)
    QStringList untouched; // fields Quorum has nothing new for, or WordPress did not show: not looked at
    QJsonObject previous;  // the fingerprint the plan was made with
};

// payload: what Quorum would write. remote: the item as WordPress returns it with context=edit, or
// empty when there is none. fingerprint: what next() gave after Quorum's last write; empty when
// nothing is known, and then `unknownIsQuorums` says whether the item is as Quorum last wrote it (an
// earlier attempt's item, or one whose fields hash to the publication's content hash).
Plan plan(const QJsonObject& payload, const QJsonObject& remote, const QJsonObject& fingerprint,
    bool unknownIsQuorums = true);
// The fingerprint to keep after the write: `item` is WordPress's answer to it (or the item as read
// when nothing was written).
QJsonObject next(const Plan& plan, const QJsonObject& payload, const QJsonObject& item);
// An item Quorum published before fingerprints were kept: whether its fields are what Quorum sent,
// by the publication's content hash (PublishPayloads::hash of the payload).
bool matchesHash(const QJsonObject& remote, const QJsonObject& payload, const QString& contentHash);

// The product JSON-LD block in some HTML ("" when it has none), and the HTML without it.
QString structuredData(const QString& html);
QString withoutStructuredData(const QString& html);
// The HTML with its product JSON-LD block replaced by `block` (appended when it had none; removed
// when `block` is empty).
QString withStructuredData(const QString& html, const QString& block);

// The fields' names for a person ("the title, the status (private)"), translated.
QString describe(const QStringList& fields, const QString& keptStatus = {});

} // namespace PostMerge
