-- Quorum schema version 8: the Pipeline's batch progress counts the runs that finished since a
-- moment, once a second while a batch runs; this index keeps that a range read instead of a walk
-- over every job ever run.
CREATE INDEX jobs_finished ON jobs(kind, state, updated_at);
