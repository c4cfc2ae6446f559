#pragma once

#include <QString>

class Clock;
class Workspace;

// Fills an empty workspace from resources/demo/demo.json (demo.nl.json in Dutch): products in every
// stage, pending and auto-executed proposals with their audit trail (scripted examples of the
// decisions no agent of the roster makes yet, signed "Demo example"), campaigns with daily metrics
// ending today, and generated landing pages written into the workspace's sites/ folder. Dates are
// laid out relative to the clock, so the dashboard always has a "today".
namespace DemoSeeder
{

// The language the demo data comes in for a user interface language: "nl" for Dutch, "en" for
// everything else.
QString dataLanguage(const QString& uiLanguage);
// Seeds the demo in the language of the user interface (the caller's, e.g. "en" or "nl").
bool seed(Workspace& workspace, const Clock& clock, QString* error, const QString& uiLanguage);
// The day (yyyy-MM-dd, local time) the workspace was seeded, or empty.
QString seededOn(const Workspace& workspace);
// The language the workspace's demo data was seeded in ("en" for a demo seeded before the language
// was recorded).
QString seededLanguage(const Workspace& workspace);
// Whether a demo workspace still fits: seeded today (yyyy-MM-dd) in the data language of uiLanguage.
// A demo that does not is reset and seeded afresh when it is opened.
bool isCurrent(const Workspace& workspace, const QString& today, const QString& uiLanguage);
// The demo's A/B tests over the ad sets of its sandbox ad account (the connection), once per workspace:
// they look at the account's days as it syncs.
bool seedExperiments(Workspace& workspace, qint64 connectionId, const Clock& clock, QString* error);
// Removes a demo workspace's database and generated files so it can be seeded again. Refuses a
// folder that is not a demo workspace.
bool reset(const QString& directory, QString* error);

} // namespace DemoSeeder
