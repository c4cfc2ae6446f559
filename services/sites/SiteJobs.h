#pragma once

#include "jobs/JobKind.h"

class JobRegistry;

// The site factory's job: a site's chain from where it stands (subject: the site; payload "unit" and
// "instruction" to write one unit again with a person's instruction).
namespace SiteJobs
{
inline constexpr JobKind Generate{QLatin1StringView("site")};
// Screenshots of one assembled page version at three widths (subject: the site; payload "version").
inline constexpr JobKind Shots{QLatin1StringView("site.shots")};

void registerAll(JobRegistry& registry);
} // namespace SiteJobs
