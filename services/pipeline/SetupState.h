#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// What a new workspace still needs before the pipeline can do its work, read from the workspace
// itself (never ticked by hand): an AI provider that writes and one that reviews, the brand's
// voice, a store to publish to, the first products, and a first run. The dashboard's checklist shows
// it; the actions that cost money or cannot work refuse with the reason in plain words.
namespace SetupState
{
enum class Step
{
    Provider,
    Brand,
    Store,
    Products,
    FirstRun,
    Count
};

struct Item
{
    Step step = Step::Provider;
    bool done = false;
    QString title;        // "Connect an AI provider"
    QString detail;       // what is there, or what to do next
    bool warning = false; // done, but with a caveat to keep in sight (one model reviews itself)
};

QList<Item> read(const QSqlDatabase& db);
bool complete(const QList<Item>& items);
// Empty when the pipeline can write now; otherwise why not and what to do, in words.
QString whyCannotWrite(const QSqlDatabase& db);
// A caveat about the provider setup that stays in sight (one model writes and reviews); empty when none.
QString providerWarning(const QSqlDatabase& db);
} // namespace SetupState
