#pragma once

#include "CommandLine.h"

#include <cstdio>

// `quorum report --workspace DIR [--weekly] [--day D] [--out FILE]`: makes the daily report of yesterday
// (or of the day given; --weekly: of the Monday-to-Sunday week before this one, or the one holding the
// day) unless the workspace has it, keeps it there, prints its text, and writes its PDF where --out
// says. A report made now has its e-mail and webhook queued (the next worker sends them). Needs a
// QGuiApplication (the PDF's fonts). Exit codes: 0 made or found, 1 it could not be made, 3 the
// workspace cannot be read.
int runReport(const CommandLine& options, std::FILE* out = stdout, std::FILE* err = stderr);
