#pragma once

#include "CommandLine.h"

#include <cstdio>

// `quorum status --workspace DIR`: what runs, the queue, the syncs, the breakers open, and what needs
// attention (services/server/ServerStatus). Exit codes: 0 all is well, 1 something needs attention,
// 3 the workspace cannot be read.
int runStatus(const CommandLine& options, std::FILE* out = stdout, std::FILE* err = stderr);
