-- Quorum schema version 32: a job's lane (its payload's "lane": the jobs of one store that run one at a
-- time) as a column, so that claiming a job reads no JSON; and the waiting jobs in the order they are
-- claimed, so a claim reads the first of them instead of sorting all (10,000 waiting on a team's queue).
ALTER TABLE jobs ADD COLUMN lane TEXT NOT NULL DEFAULT '';
UPDATE jobs SET lane = COALESCE(json_extract(payload, '$.lane'), '') WHERE payload LIKE '%"lane"%';
CREATE INDEX jobs_lane ON jobs(lane, state) WHERE lane <> '';
CREATE INDEX jobs_ready ON jobs(priority DESC, id) WHERE state = 'queued';
