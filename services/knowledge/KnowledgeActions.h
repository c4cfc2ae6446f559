#pragma once

#include "KnowledgeBase.h"
#include "KnowledgeImport.h"
#include "users/ChangeDoor.h"

#include <QObject>
#include <QUrl>

class HttpClient;

// The knowledge base as the owner changes it (Settings → Knowledge): documents added (pasted, read from a file,
// fetched from a page of the shop), edited into new versions and removed, each change through the change door
// (owners only, audited, the views told). Reads and the search are direct.
class KnowledgeActions final : public QObject
{
    Q_OBJECT
public:
    explicit KnowledgeActions(const ChangeDoor& door, QObject* parent = nullptr);

    QString whyNot() const { return m_door.whyNot(); }
    QList<Knowledge::Document> documents() const;
    std::optional<Knowledge::Document> document(qint64 id) const;
    QList<Knowledge::Passage> search(const QString& query, int limit = 10) const;
    // How the search ranks here: "BM25" (SQLite FTS5) or "ts_rank_cd" (PostgreSQL).
    QString rankingName() const;

    // Stores a new document or a new version of one; its id, or 0 with *error.
    qint64 save(const Knowledge::Document& document, QString* error);
    bool remove(qint64 id, QString* error);

    KnowledgeImport::Draft readFile(const QString& path) const { return KnowledgeImport::readFile(path); }
    // Fetches a page (an http or https address): fetched() gives the draft, or the reason there is none.
    void fetch(const QUrl& url);
    bool fetching() const { return m_fetching; }

signals:
    void fetched(const KnowledgeImport::Draft& draft);

private:
    ChangeDoor m_door;
    HttpClient* m_http = nullptr;
    bool m_fetching = false;
};
