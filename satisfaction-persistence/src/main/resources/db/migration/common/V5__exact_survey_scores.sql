-- SPEC §4 "stored intermediates never change a displayed digit": a response keeps its survey score as the
-- exact points earned and possible, whole numbers in units of 1/7000 point (points have two decimals, scale
-- maxima are 5, 7 and 10, so every answer's points earned is a whole number of units). SQL sums them
-- exactly; the 8-decimal score could move a figure that lies on a rounding boundary such as 84.95.
ALTER TABLE response ADD COLUMN earned_units BIGINT;
ALTER TABLE response ADD COLUMN possible_units BIGINT;

-- Existing responses: the same rule as the core's SurveyScore.ofResponse — the scored questions answered
-- with a value (an expectation pair by its received value), each earning points × value ÷ scale maximum.
UPDATE response SET
    possible_units = (SELECT SUM(CAST(ROUND(q.points * 7000) AS BIGINT))
                      FROM answer a JOIN question q ON q.id = a.question_id
                      WHERE a.response_id = response.id AND q.scored AND a.numeric_value IS NOT NULL),
    earned_units = (SELECT SUM(CAST(ROUND(q.points * 7000) AS BIGINT) * a.numeric_value
                               / CASE WHEN q.scale IN ('LIKERT5', 'ONE_TO_FIVE') THEN 5
                                      WHEN q.scale = 'ONE_TO_SEVEN' THEN 7 ELSE 10 END)
                    FROM answer a JOIN question q ON q.id = a.question_id
                    WHERE a.response_id = response.id AND q.scored AND a.numeric_value IS NOT NULL);

ALTER TABLE response DROP CONSTRAINT ck_response_score;
ALTER TABLE response DROP COLUMN survey_score;
ALTER TABLE response ADD CONSTRAINT ck_response_units CHECK (
    (earned_units IS NULL AND possible_units IS NULL)
    OR (possible_units > 0 AND earned_units >= 0 AND earned_units <= possible_units));
-- the exact mean of a survey's scores is a sum per points possible (SurveyScores.mean)
CREATE INDEX ix_response_survey_units ON response (survey_id, possible_units);
