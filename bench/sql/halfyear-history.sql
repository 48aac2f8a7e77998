-- Nineteen earlier half-years, closed, for the dashboard's trend and comparisons and a customer's half-years (issue 13
-- asks for 20 periods): each a copy of the closed half-year :'period' (its snapshot header and its 10,000 snapshot
-- rows, so every value is one the application wrote), under the ids of the 19 half-years before it.
-- Run after :'period' is closed. About 190,000 snapshot rows; a few seconds.
DO $$
DECLARE
    source_id  BIGINT;
    target     TEXT;
    target_id  BIGINT;
    half_index INT;
BEGIN
    SELECT snapshot_id INTO source_id FROM period WHERE id = current_setting('bench.period') AND status = 'CLOSED';
    IF source_id IS NULL THEN
        RAISE EXCEPTION 'half-year % is not closed', current_setting('bench.period');
    END IF;
    half_index := CAST(substr(current_setting('bench.period'), 1, 4) AS INT) * 2
        + CAST(substr(current_setting('bench.period'), 7, 1) AS INT) - 1;
    FOR back IN 1..19 LOOP
        target := ((half_index - back) / 2) || '-H' || ((half_index - back) % 2 + 1);
        INSERT INTO period (id, status) VALUES (target, 'OPEN');
        INSERT INTO period_snapshot (period_id, taken_at, taken_by, sha256, policy_version, policy_text,
            satisfaction_target, response_target, customers, with_composite, satisfied, sum_of_composites, sent,
            answered, key_accounts, key_accounts_answered, csat_positive, csat_answers, csat_mean, nps_promoters,
            nps_passives, nps_detractors, ces_positive, ces_answers, ces_sum, customers_lost, delivered, returned,
            waiver_by, waiver_reason)
        SELECT target, taken_at - back * INTERVAL '182 days', taken_by, sha256, policy_version, policy_text,
            satisfaction_target, response_target, customers, with_composite, satisfied, sum_of_composites, sent,
            answered, key_accounts, key_accounts_answered, csat_positive, csat_answers, csat_mean, nps_promoters,
            nps_passives, nps_detractors, ces_positive, ces_answers, ces_sum, customers_lost, delivered, returned,
            waiver_by, waiver_reason
        FROM period_snapshot WHERE id = source_id
        RETURNING id INTO target_id;
        INSERT INTO period_snapshot_customer (snapshot_id, customer_id, code, name, region, industry, value_tier,
            annual_value, key_account, answered, responses, survey_score, delivered, returned, lost, praise, claims,
            survey_part, returns_part, lost_part, praise_part, claims_part, composite, verdict, level, segment, flags)
        SELECT target_id, customer_id, code, name, region, industry, value_tier, annual_value, key_account, answered,
            responses, survey_score, delivered, returned, lost, praise, claims, survey_part, returns_part, lost_part,
            praise_part, claims_part, composite, verdict, level, segment, flags
        FROM period_snapshot_customer WHERE snapshot_id = source_id;
        UPDATE period SET status = 'CLOSED', snapshot_id = target_id, closed_at = now() - back * INTERVAL '182 days',
            closed_by = 'bench' WHERE id = target;
    END LOOP;
END $$;
ANALYZE period_snapshot_customer;
