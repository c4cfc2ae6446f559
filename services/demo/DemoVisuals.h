#pragma once

#include <QSqlDatabase>
#include <QString>

// The demo shop's look for its product visuals, the first time only: its brand colours (moss, clay, linen), a logo
// drawn into the workspace, and the visuals of two published products queued on the durable queue (the sandbox's
// image providers make the pictures; the guards check every format). The second asks for the light linen as its
// headline colour: the guards catch it on the pale pictures and the next try sets it on a plate.
namespace DemoVisuals
{

// Inside the caller's transaction. Returns how many products' visuals were queued (0 after the first time).
// Throws SqlError.
int seed(const QSqlDatabase& db, const QString& workspaceRoot, qint64 now);

} // namespace DemoVisuals
