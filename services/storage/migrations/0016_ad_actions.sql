-- Quorum schema version 16: a live ad rule's finding becomes an action proposal, judged by the
-- approval rules and carried out on the ad platform. The finding remembers its proposal, so the
-- activity log says what became of it ("why did this change").
ALTER TABLE ad_rule_firings ADD COLUMN proposal_id INTEGER REFERENCES action_proposals(id) ON DELETE SET NULL;
