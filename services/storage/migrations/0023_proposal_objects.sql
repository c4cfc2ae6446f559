-- Quorum schema version 23: finding the proposals on the same SKU (Conflicts) without reading every
-- proposal's parameters, as the Approvals detail asks for each proposal a person selects.
CREATE INDEX proposals_sku ON action_proposals(action_type, json_extract(parameters, '$.sku'));
