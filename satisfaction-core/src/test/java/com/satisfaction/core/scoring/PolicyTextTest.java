package com.satisfaction.core.scoring;

import static com.satisfaction.core.support.RandomCases.generate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.satisfaction.core.scoring.PolicyProblem.Kind;
import com.satisfaction.core.scoring.PolicyText.Read;
import com.satisfaction.core.scoring.PolicyText.Reading;
import com.satisfaction.core.scoring.PolicyText.Refused;
import com.satisfaction.core.scoring.ScoringPolicy.ClaimRule;
import com.satisfaction.core.scoring.ScoringPolicy.LostBusinessRule;
import com.satisfaction.core.scoring.ScoringPolicy.PraiseRule;
import com.satisfaction.core.scoring.ScoringPolicy.ProductReturnRule;
import com.satisfaction.core.scoring.ScoringPolicy.SurveyRule;
import com.satisfaction.core.scoring.ScoringPolicy.Targets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyTextTest {

    private static final ScoringPolicy FM40 = ScoringPolicy.fm40();

    static final String FM40_TEXT = """
            format=scoring-policy/1
            survey.maxPoints=60
            survey.reviewBelow=45
            productReturns.fullPointsBelow=1
            productReturns.partialPointsUpTo=2
            productReturns.fullPoints=10
            productReturns.partialPoints=5
            productReturns.otherPoints=0
            lostBusiness.pointsByLostCount=10,8,6,0
            praise.pointsPerPraise=2
            praise.maxPoints=10
            claims.pointsWithoutClaims=10
            claims.pointsWithClaims=0
            satisfiedFrom=85
            verySatisfiedFrom=95
            highValuePercentage=20
            targets.satisfactionRate=85
            targets.responseRate=70
            targets.minimumSample=5
            """;

    @Nested
    class Writing {

        @Test
        void the_fm40_defaults_are_written_one_key_a_line_in_a_fixed_order() {
            assertThat(PolicyText.write(FM40)).isEqualTo(FM40_TEXT);
        }

        @Test
        void the_same_policy_is_always_written_the_same_way_in_the_shortest_decimals() {
            ScoringPolicy spelledOut = new ScoringPolicy(new SurveyRule(60, Score.of("45.0")),
                    new ProductReturnRule(Score.of("1.0"), Score.ratio(4, 2), 10, 5, 0),
                    new LostBusinessRule(List.of(10, 8, 6, 0)), new PraiseRule(2, 10), new ClaimRule(10, 0),
                    Score.of("85.00"), Score.of(95), Score.of("20.000"),
                    new Targets(Score.of("85.0"), Score.of(70), 5));

            assertThat(PolicyText.write(spelledOut)).isEqualTo(FM40_TEXT);
        }

        @Test
        void a_decimal_keeps_its_digits_and_a_share_without_a_finite_decimal_is_a_fraction() {
            ScoringPolicy policy = new ScoringPolicy(new SurveyRule(60, Score.of("44.5")), FM40.productReturns(),
                    FM40.lostBusiness(), FM40.praise(), FM40.claims(), Score.of("84.9"), Score.of("99.9"),
                    Score.ratio(100, 3), new Targets(Score.of("0.5"), Score.ZERO, 10_000));

            Map<PolicyKey, String> values = PolicyText.values(policy);

            assertThat(values.get(PolicyKey.SURVEY_REVIEW_BELOW)).isEqualTo("44.5");
            assertThat(values.get(PolicyKey.SATISFIED_FROM)).isEqualTo("84.9");
            assertThat(values.get(PolicyKey.HIGH_VALUE_PERCENTAGE)).isEqualTo("100/3");
            assertThat(values.get(PolicyKey.TARGET_SATISFACTION_RATE)).isEqualTo("0.5");
            assertThat(values.get(PolicyKey.TARGET_RESPONSE_RATE)).isEqualTo("0");
            assertThat(values.get(PolicyKey.MINIMUM_SAMPLE)).isEqualTo("10000");
            assertThat(PolicyText.parse(PolicyText.write(policy))).isEqualTo(policy);
        }

        @Test
        void the_values_come_in_key_order() {
            assertThat(PolicyText.values(FM40).keySet()).containsExactly(PolicyKey.values());
        }
    }

    @Nested
    class Reading_a_text {

        @Test
        void gives_the_policy_written() {
            assertThat(PolicyText.read(FM40_TEXT)).isEqualTo(new Read(FM40));
            assertThat(PolicyText.parse(FM40_TEXT)).isEqualTo(FM40);
        }

        @Test
        void ignores_blank_lines_windows_line_ends_and_the_order_of_lines() {
            List<String> lines = new ArrayList<>(FM40_TEXT.lines().toList());
            java.util.Collections.reverse(lines);
            String text = "\r\n" + String.join("\r\n\r\n", lines) + "\r\n";

            assertThat(PolicyText.read(text)).isEqualTo(new Read(FM40));
        }

        @Test
        void accepts_numbers_in_any_decimal_form_and_writes_them_back_in_the_shortest() {
            String text = FM40_TEXT.replace("satisfiedFrom=85", "satisfiedFrom=85.0")
                    .replace("highValuePercentage=20", "highValuePercentage=40/2")
                    .replace("pointsByLostCount=10,8,6,0", "pointsByLostCount= 10 , 8,6 ,0");

            assertThat(PolicyText.write(PolicyText.parse(text))).isEqualTo(FM40_TEXT);
        }

        @Test
        void refuses_a_text_without_its_format_line_or_of_another_format() {
            String noFormat = FM40_TEXT.substring(FM40_TEXT.indexOf('\n') + 1);

            assertThat(problems(PolicyText.read(noFormat)))
                    .containsExactly(new PolicyProblem("format", Kind.UNSUPPORTED_FORMAT, List.of("")));
            assertThat(problems(PolicyText.read(FM40_TEXT.replace("/1", "/2"))))
                    .containsExactly(new PolicyProblem("format", Kind.UNSUPPORTED_FORMAT,
                            List.of("scoring-policy/2")));
            assertThat(problems(PolicyText.read("")))
                    .extracting(PolicyProblem::kind).containsExactly(Kind.UNSUPPORTED_FORMAT);
        }

        @Test
        void names_unknown_repeated_and_malformed_lines_and_missing_values() {
            String text = FM40_TEXT.replace("praise.maxPoints=10\n", "")
                    + "survey.maxPoints=60\nformat=scoring-policy/1\nbonus=3\nno equals sign\n=7\n"
                    + "x".repeat(50) + "=1\n";

            assertThat(problems(PolicyText.read(text))).containsExactly(
                    new PolicyProblem("survey.maxPoints", Kind.REPEATED_KEY, List.of()),
                    new PolicyProblem("format", Kind.REPEATED_KEY, List.of()),
                    new PolicyProblem("bonus", Kind.UNKNOWN_KEY, List.of()),
                    new PolicyProblem("no equals sign", Kind.NOT_A_LINE, List.of()),
                    new PolicyProblem("=7", Kind.NOT_A_LINE, List.of()),
                    new PolicyProblem("x".repeat(40) + "…", Kind.UNKNOWN_KEY, List.of()),
                    new PolicyProblem("praise.maxPoints", Kind.MISSING, List.of()));
        }

        @Test
        void a_text_with_only_line_problems_is_refused_for_them() {
            assertThat(problems(PolicyText.read(FM40_TEXT + "bonus=1\n")))
                    .containsExactly(new PolicyProblem("bonus", Kind.UNKNOWN_KEY, List.of()));
        }

        @Test
        void parse_throws_for_a_text_that_holds_no_policy_listing_its_problems() {
            assertThatIllegalArgumentException().isThrownBy(() -> PolicyText.parse(FM40_TEXT.replace("=60", "=70")))
                    .withMessageStartingWith("not a scoring policy: [PolicyProblem[key=survey.maxPoints, "
                            + "kind=PARTS_DO_NOT_ADD_UP");
        }
    }

    @Nested
    class Checking_values {

        @Test
        void every_value_is_required() {
            Reading reading = PolicyText.of(Map.of());

            assertThat(problems(reading)).hasSize(PolicyKey.values().length)
                    .allMatch(problem -> problem.kind() == Kind.MISSING)
                    .extracting(PolicyProblem::key)
                    .containsExactly(Stream.of(PolicyKey.values()).map(PolicyKey::key).toArray(String[]::new));
        }

        @Test
        void blank_values_are_missing_and_surrounding_blanks_are_ignored() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.SATISFIED_FROM, " \t ");
            values.put(PolicyKey.VERY_SATISFIED_FROM, " 95 ");

            assertThat(problems(PolicyText.of(values)))
                    .containsExactly(new PolicyProblem("satisfiedFrom", Kind.MISSING, List.of()));
        }

        @Test
        void letters_exponents_and_decimal_commas_are_not_numbers() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.SURVEY_MAX_POINTS, "60.0");
            values.put(PolicyKey.PRODUCT_RETURNS_FULL_POINTS, "abc");
            values.put(PolicyKey.SATISFIED_FROM, "1e9");
            values.put(PolicyKey.VERY_SATISFIED_FROM, "95,5");
            values.put(PolicyKey.HIGH_VALUE_PERCENTAGE, "1/0");
            values.put(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT, "10,,6");

            assertThat(problems(PolicyText.of(values))).containsExactly(
                    new PolicyProblem("survey.maxPoints", Kind.NOT_A_WHOLE_NUMBER, List.of()),
                    new PolicyProblem("productReturns.fullPoints", Kind.NOT_A_WHOLE_NUMBER, List.of()),
                    new PolicyProblem("lostBusiness.pointsByLostCount", Kind.NOT_A_LIST, List.of()),
                    new PolicyProblem("satisfiedFrom", Kind.NOT_A_NUMBER, List.of()),
                    new PolicyProblem("verySatisfiedFrom", Kind.NOT_A_NUMBER, List.of()),
                    new PolicyProblem("highValuePercentage", Kind.NOT_A_NUMBER, List.of()));
        }

        @Test
        void values_out_of_range_name_the_allowed_range_also_for_huge_and_negative_numbers() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.PRAISE_MAX_POINTS, "99999999999999999999");
            values.put(PolicyKey.CLAIMS_POINTS_WITH_CLAIMS, "-1");
            values.put(PolicyKey.MINIMUM_SAMPLE, "0");
            values.put(PolicyKey.TARGET_RESPONSE_RATE, "100.1");
            values.put(PolicyKey.HIGH_VALUE_PERCENTAGE, "0");

            assertThat(problems(PolicyText.of(values))).containsExactly(
                    new PolicyProblem("praise.maxPoints", Kind.OUT_OF_RANGE, List.of("0", "100")),
                    new PolicyProblem("claims.pointsWithClaims", Kind.OUT_OF_RANGE, List.of("0", "10")),
                    new PolicyProblem("highValuePercentage", Kind.OUT_OF_RANGE, List.of("0", "100")),
                    new PolicyProblem("targets.responseRate", Kind.OUT_OF_RANGE, List.of("0", "100")),
                    new PolicyProblem("targets.minimumSample", Kind.OUT_OF_RANGE, List.of("1", "10000")));
        }

        @Test
        void a_threshold_may_have_one_decimal_and_a_share_any_number() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.SATISFIED_FROM, "84.95");
            values.put(PolicyKey.SURVEY_REVIEW_BELOW, "133/3");
            values.put(PolicyKey.HIGH_VALUE_PERCENTAGE, "12.345");

            assertThat(problems(PolicyText.of(values))).containsExactly(
                    new PolicyProblem("survey.reviewBelow", Kind.TOO_MANY_DECIMALS, List.of()),
                    new PolicyProblem("satisfiedFrom", Kind.TOO_MANY_DECIMALS, List.of()));
            values.put(PolicyKey.SATISFIED_FROM, "84.9");
            values.put(PolicyKey.SURVEY_REVIEW_BELOW, "44.5");
            ScoringPolicy policy = read(PolicyText.of(values));
            assertThat(policy.highValuePercentage()).isEqualTo(Score.of("12.345"));
            assertThat(policy.satisfiedFrom()).isEqualTo(Score.of("84.9"));
        }

        @Test
        void bounds_follow_the_values_they_depend_on() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.SURVEY_REVIEW_BELOW, "61");
            values.put(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS_UP_TO, "0.5");
            values.put(PolicyKey.PRODUCT_RETURNS_OTHER_POINTS, "6");
            values.put(PolicyKey.PRAISE_POINTS_PER_PRAISE, "11");
            values.put(PolicyKey.VERY_SATISFIED_FROM, "80");

            assertThat(problems(PolicyText.of(values))).containsExactly(
                    new PolicyProblem("survey.reviewBelow", Kind.OUT_OF_RANGE, List.of("0", "60")),
                    new PolicyProblem("productReturns.partialPointsUpTo", Kind.OUT_OF_RANGE, List.of("1", "100")),
                    new PolicyProblem("productReturns.otherPoints", Kind.OUT_OF_RANGE, List.of("0", "5")),
                    new PolicyProblem("praise.pointsPerPraise", Kind.OUT_OF_RANGE, List.of("0", "10")),
                    new PolicyProblem("verySatisfiedFrom", Kind.OUT_OF_RANGE, List.of("85", "100")));
        }

        @Test
        void a_bound_that_is_itself_invalid_falls_back_to_the_outer_range() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.PRODUCT_RETURNS_FULL_POINTS, "x");
            values.put(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS, "x");
            values.put(PolicyKey.PRODUCT_RETURNS_OTHER_POINTS, "101");
            values.put(PolicyKey.SURVEY_MAX_POINTS, "x");
            values.put(PolicyKey.SURVEY_REVIEW_BELOW, "99");
            values.put(PolicyKey.SATISFIED_FROM, "x");
            values.put(PolicyKey.VERY_SATISFIED_FROM, "0");
            values.put(PolicyKey.PRAISE_MAX_POINTS, "x");
            values.put(PolicyKey.PRAISE_POINTS_PER_PRAISE, "100");
            values.put(PolicyKey.CLAIMS_POINTS_WITHOUT_CLAIMS, "x");
            values.put(PolicyKey.CLAIMS_POINTS_WITH_CLAIMS, "100");

            List<PolicyProblem> problems = problems(PolicyText.of(values));

            assertThat(problems).contains(new PolicyProblem("productReturns.otherPoints", Kind.OUT_OF_RANGE,
                    List.of("0", "100")));
            assertThat(problems).extracting(PolicyProblem::key).containsExactly(
                    "survey.maxPoints", "productReturns.fullPoints", "productReturns.partialPoints",
                    "productReturns.otherPoints", "praise.maxPoints", "claims.pointsWithoutClaims", "satisfiedFrom");
        }

        @Test
        void the_five_part_maxima_must_add_up_to_100_and_the_message_shows_them() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.SURVEY_MAX_POINTS, "70");

            assertThat(problems(PolicyText.of(values))).containsExactly(new PolicyProblem("survey.maxPoints",
                    Kind.PARTS_DO_NOT_ADD_UP, List.of("110", "70", "10", "10", "10", "10")));
        }

        @Test
        void lost_business_points_may_not_rise_with_more_losses_nor_exceed_100() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT, "10,8,9");
            assertThat(problems(PolicyText.of(values))).containsExactly(new PolicyProblem(
                    "lostBusiness.pointsByLostCount", Kind.OUT_OF_RANGE, List.of("0", "8")));

            values.put(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT, "101,0");
            assertThat(problems(PolicyText.of(values))).containsExactly(new PolicyProblem(
                    "lostBusiness.pointsByLostCount", Kind.OUT_OF_RANGE, List.of("0", "100")));

            values.put(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT, "10, -1");
            assertThat(problems(PolicyText.of(values))).extracting(PolicyProblem::kind)
                    .containsExactly(Kind.OUT_OF_RANGE);
        }

        @Test
        void moving_points_between_parts_makes_a_new_policy() {
            Map<PolicyKey, String> values = fm40Values();
            values.put(PolicyKey.SURVEY_MAX_POINTS, "50");
            values.put(PolicyKey.SURVEY_REVIEW_BELOW, "37.5");
            values.put(PolicyKey.PRAISE_MAX_POINTS, "20");
            values.put(PolicyKey.PRAISE_POINTS_PER_PRAISE, "4");
            values.put(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT, "10, 5, 0");

            ScoringPolicy policy = read(PolicyText.of(values));

            assertThat(policy.maxPoints(CompositePart.PRAISE)).isEqualTo(20);
            assertThat(policy.survey().reviewBelow()).isEqualTo(Score.of("37.5"));
            assertThat(policy.lostBusiness().points(5)).isZero();
        }
    }

    @Nested
    class What_changed {

        @Test
        void the_same_policy_has_no_change() {
            assertThat(PolicyText.diff(FM40, ScoringPolicy.fm40())).isEmpty();
        }

        @Test
        void each_changed_value_is_listed_before_and_after_in_key_order() {
            ScoringPolicy changed = new ScoringPolicy(FM40.survey(), FM40.productReturns(),
                    new LostBusinessRule(List.of(10, 5, 0)), FM40.praise(), FM40.claims(), Score.of("80.5"),
                    FM40.verySatisfiedFrom(), FM40.highValuePercentage(), new Targets(Score.of(90), Score.of(70), 5));

            List<PolicyChange> changes = PolicyText.diff(FM40, changed);

            assertThat(changes).containsExactly(
                    new PolicyChange(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT, "10,8,6,0", "10,5,0"),
                    new PolicyChange(PolicyKey.SATISFIED_FROM, "85", "80.5"),
                    new PolicyChange(PolicyKey.TARGET_SATISFACTION_RATE, "85", "90"));
            assertThat(PolicyText.summary(changes)).isEqualTo("""
                    lostBusiness.pointsByLostCount: 10,8,6,0 → 10,5,0
                    satisfiedFrom: 85 → 80.5
                    targets.satisfactionRate: 85 → 90""");
            assertThat(PolicyText.diff(changed, FM40)).extracting(PolicyChange::before)
                    .containsExactly("10,5,0", "80.5", "90");
        }
    }

    @Nested
    class Values {

        @Test
        void a_key_is_found_by_its_name_only() {
            assertThat(PolicyKey.byKey("targets.minimumSample")).contains(PolicyKey.MINIMUM_SAMPLE);
            assertThat(PolicyKey.byKey("MINIMUM_SAMPLE")).isEmpty();
            assertThat(PolicyKey.MINIMUM_SAMPLE.kind()).isEqualTo(PolicyKey.Kind.WHOLE);
            assertThat(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT.kind()).isEqualTo(PolicyKey.Kind.POINTS_LIST);
        }

        @Test
        void a_problem_knows_its_value_unless_its_line_names_none() {
            assertThat(new PolicyProblem("satisfiedFrom", Kind.MISSING, List.of()).policyKey())
                    .contains(PolicyKey.SATISFIED_FROM);
            assertThat(new PolicyProblem("format", Kind.UNSUPPORTED_FORMAT, List.of("")).policyKey()).isEmpty();
        }

        @Test
        void a_refusal_has_a_problem() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Refused(List.of()));
        }
    }

    @Nested
    class Properties {

        static Stream<ScoringPolicy> policies() {
            return generate(PolicyTextTest::randomPolicy);
        }

        static Stream<Map<PolicyKey, String>> nearlyValidValues() {
            return generate(PolicyTextTest::randomValues);
        }

        @ParameterizedTest
        @MethodSource("policies")
        void a_written_policy_reads_back_exactly_and_its_text_is_canonical(ScoringPolicy policy) {
            String text = PolicyText.write(policy);

            assertThat(PolicyText.read(text)).isEqualTo(new Read(policy));
            assertThat(PolicyText.write(PolicyText.parse(text))).isEqualTo(text);
            assertThat(PolicyText.of(PolicyText.values(policy))).isEqualTo(new Read(policy));
        }

        @ParameterizedTest
        @MethodSource("policies")
        void the_changes_from_fm40_are_exactly_the_values_that_differ(ScoringPolicy policy) {
            List<PolicyChange> changes = PolicyText.diff(FM40, policy);

            assertThat(PolicyText.diff(policy, policy)).isEmpty();
            assertThat(changes.isEmpty()).isEqualTo(policy.equals(FM40));
            Map<PolicyKey, String> patched = new EnumMap<>(PolicyText.values(FM40));
            changes.forEach(change -> patched.put(change.key(), change.after()));
            assertThat(PolicyText.of(patched)).isEqualTo(new Read(policy));
        }

        /** The check and the policy's constructors agree: nothing the check accepts is refused by them. */
        @ParameterizedTest
        @MethodSource("nearlyValidValues")
        void values_are_either_a_policy_that_writes_them_back_or_refused_with_problems(Map<PolicyKey, String> values) {
            Reading reading = PolicyText.of(values);

            if (reading instanceof Read read) {
                Map<PolicyKey, String> written = PolicyText.values(read.policy());
                assertThat(PolicyText.of(written)).isEqualTo(reading);
            } else {
                assertThat(problems(reading)).isNotEmpty().allMatch(problem -> problem.policyKey().isPresent());
            }
        }
    }

    static ScoringPolicy randomPolicy(Random random) {
        int[] maxima = new int[5];
        int left = ScoringPolicy.COMPOSITE_MAXIMUM;
        for (int i = 0; i < 4; i++) {
            maxima[i] = random.nextInt(left + 1);
            left -= maxima[i];
        }
        maxima[4] = left;
        List<Integer> lost = new ArrayList<>(List.of(maxima[2]));
        for (int i = random.nextInt(6); i > 0; i--) {
            lost.add(random.nextInt(lost.get(lost.size() - 1) + 1));
        }
        Score fullBelow = tenths(random, 0, 1000);
        Score satisfied = tenths(random, 0, 1000);
        int partial = random.nextInt(maxima[1] + 1);
        int claimsWith = random.nextInt(maxima[4] + 1);
        int share = 1 + random.nextInt(700);
        int denominator = 1 + random.nextInt(7);
        return new ScoringPolicy(
                new SurveyRule(maxima[0], tenths(random, 0, maxima[0] * 10)),
                new ProductReturnRule(fullBelow, tenths(random, fullBelow.times(Score.of(10)).numerator().intValue(),
                        1000), maxima[1], partial, random.nextInt(partial + 1)),
                new LostBusinessRule(lost),
                new PraiseRule(random.nextInt(maxima[3] + 1), maxima[3]),
                new ClaimRule(maxima[4], claimsWith),
                satisfied,
                tenths(random, satisfied.times(Score.of(10)).numerator().intValue(), 1000),
                Score.ratio(Math.min(share, 100 * denominator), denominator),
                new Targets(tenths(random, 0, 1000), tenths(random, 0, 1000),
                        1 + random.nextInt(Targets.MAX_MINIMUM_SAMPLE)));
    }

    /** The values of a random policy with one or two of them replaced by something near or far from valid. */
    static Map<PolicyKey, String> randomValues(Random random) {
        Map<PolicyKey, String> values = new EnumMap<>(PolicyText.values(randomPolicy(random)));
        List<String> odd = List.of("", " ", "-1", "0", "1", "5", "10", "45", "60", "85", "84.95", "84.9", "99.9",
                "100", "100.0", "100.1", "101", "1e9", "abc", "12,5", "10,8,6,0", "10,11", "1/3", "200/2", "1/0",
                "99999999999999999999", "0.05", "9999", "10000", "10001", " 7 ", "--1", "+5", "١");
        PolicyKey[] keys = PolicyKey.values();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            values.put(keys[random.nextInt(keys.length)], odd.get(random.nextInt(odd.size())));
        }
        return values;
    }

    private static Score tenths(Random random, int lowTenths, int highTenths) {
        return Score.ratio(lowTenths + random.nextInt(highTenths - lowTenths + 1), 10);
    }

    private static Map<PolicyKey, String> fm40Values() {
        return new EnumMap<>(PolicyText.values(FM40));
    }

    private static List<PolicyProblem> problems(Reading reading) {
        assertThat(reading).isInstanceOf(Refused.class);
        return ((Refused) reading).problems();
    }

    private static ScoringPolicy read(Reading reading) {
        assertThat(reading).isInstanceOf(Read.class);
        return ((Read) reading).policy();
    }
}
