#pragma once

#include <QString>

class Clock;
class Workspace;

// Fills an empty workspace from resources/demo/demo.json: products in every stage, pending and
// auto-executed proposals with their audit trail, agents in all clusters, campaigns with daily
// metrics ending today, and generated landing pages written into the workspace's sites/ folder.
// Dates are laid out relative to the clock, so the dashboard always has a "today".
namespace DemoSeeder
{

bool seed(Workspace& workspace, const Clock& clock, QString* error);
// The day (yyyy-MM-dd, local time) the workspace was seeded, or empty.
QString seededOn(const Workspace& workspace);
// Demo only: the sample roster has no code behind most agents, so this keeps the heartbeats of the
// agents marked running or idle fresh, as their processes would. Returns the number updated.
int refreshHeartbeats(Workspace& workspace, const Clock& clock);
// Removes a demo workspace's database and generated files so it can be seeded again. Refuses a
// folder that is not a demo workspace.
bool reset(const QString& directory, QString* error);

} // namespace DemoSeeder
