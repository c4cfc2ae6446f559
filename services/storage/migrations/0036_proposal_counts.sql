-- Quorum schema version 36: the dashboard counts what agents did on their own (auto-approved proposals)
-- per day and over the last 24 hours on every change of the queue. With thousands a day (external agents
-- through the gateway) that read the whole day's rows each time; this index answers it from the index.
CREATE INDEX proposals_status_decided ON action_proposals(status, decided_at);
