-- Quorum schema version 28: the Pricing agent's reason for a price change was stored under "rule",
-- which the approval detail read as an approval rule ("Approval rule: competitor_raise"); it is
-- "reason" now, shown in words. Proposals made before keep their figures under the new key.
UPDATE action_proposals SET parameters = REPLACE(parameters, '"rule":', '"reason":')
    WHERE action_type = 'price_change' AND parameters LIKE '%"rule":%';
UPDATE action_proposals SET modified_parameters = REPLACE(modified_parameters, '"rule":', '"reason":')
    WHERE action_type = 'price_change' AND modified_parameters LIKE '%"rule":%';
UPDATE action_proposals SET approved_parameters = REPLACE(approved_parameters, '"rule":', '"reason":')
    WHERE action_type = 'price_change' AND approved_parameters LIKE '%"rule":%';
UPDATE action_proposals SET executed_parameters = REPLACE(executed_parameters, '"rule":', '"reason":')
    WHERE action_type = 'price_change' AND executed_parameters LIKE '%"rule":%';
