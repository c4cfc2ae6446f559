#pragma once

#include "LlmTypes.h"

#include <QSqlDatabase>

// Providers (without secrets) and the fallback chain per purpose, stored in the workspace.
// A purpose is "role:domain" ("write:description", "review:faq"); a chain is looked up for the exact
// purpose, then for the role alone ("write"), then for "default".
namespace ProviderStore
{

QList<ProviderConfig> all(const QSqlDatabase& db);
std::optional<ProviderConfig> find(const QSqlDatabase& db, const QString& id);
void save(const QSqlDatabase& db, const ProviderConfig& config, bool isSandbox = false);
void remove(const QSqlDatabase& db, const QString& id);

QList<ProviderConfig> chain(const QSqlDatabase& db, const QString& purpose);
void setChain(const QSqlDatabase& db, const QString& purpose, const QStringList& providerIds);
QStringList chainIds(const QSqlDatabase& db, const QString& purpose);

// Points the workspace at a sandbox: a writer (OpenAI format) and a reviewer (Anthropic format), so
// the two-model agreement runs across two wire formats, plus a Gemini-format fallback for writing.
// Existing sandbox providers get the new address (the in-process sandbox's port changes per run).
void useSandbox(const QSqlDatabase& db, const QUrl& sandboxUrl);

} // namespace ProviderStore
