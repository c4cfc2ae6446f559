#pragma once

#include "CommandLine.h"

#include <cstdio>

// `quorum migrate-workspace --workspace DIR --to postgresql://…` (services/server/WorkspaceMigration):
// copies, checks, and turns the folder into a team workspace; progress on stderr, the outcome on
// stdout. Exit codes: 0 copied (or checked again), 1 the copy or its check failed, 3 cannot run.
int runMigrateWorkspace(const CommandLine& options, std::FILE* out = stdout, std::FILE* err = stderr);
