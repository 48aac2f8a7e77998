package com.satisfaction.core.scoring;

import static com.satisfaction.core.support.RandomCases.generate;
import static com.satisfaction.core.support.RandomCases.ints;
import static com.satisfaction.core.support.RandomCases.near;
import static org.assertj.core.api.Assertions.assertThat;

import com.satisfaction.core.survey.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over generated inputs (see {@link com.satisfaction.core.support.RandomCases}). */
class ScoringPropertiesTest {

    @Nested
    class Ranges {

        static Stream<List<Integer>> npsAnswers() {
            return generate(random -> ints(random, 40, 0, 10));
        }

        static Stream<List<Integer>> cesAnswers() {
            return generate(random -> ints(random, 40, 1, 7));
        }

        @ParameterizedTest
        @MethodSource("npsAnswers")
        void nps_lies_between_minus_100_and_100(List<Integer> answers) {
            Nps.of(answers).ifPresentOrElse(
                    nps -> assertThat(nps.score().isBetween(Score.of(-100), Score.HUNDRED)).isTrue(),
                    () -> assertThat(answers).isEmpty());
        }

        @ParameterizedTest
        @MethodSource("npsAnswers")
        void nps_shares_add_up_to_100(List<Integer> answers) {
            Nps.of(answers).ifPresent(nps -> assertThat(nps.promoterPercentage().plus(nps.passivePercentage())
                    .plus(nps.detractorPercentage())).isEqualTo(Score.HUNDRED));
        }

        @ParameterizedTest
        @MethodSource("cesAnswers")
        void csat_and_ces_lie_between_0_and_100_and_agree_on_the_same_rule(List<Integer> answers) {
            var csat = Csat.of(new CsatQuestion(Scale.ONE_TO_SEVEN, 5), answers);
            var ces = Ces.of(answers);

            assertThat(csat.isPresent()).isEqualTo(!answers.isEmpty());
            csat.ifPresent(value -> {
                assertThat(value.percentage().isBetween(Score.ZERO, Score.HUNDRED)).isTrue();
                assertThat(value.mean().isBetween(Score.ONE, Score.of(7))).isTrue();
                assertThat(ces.orElseThrow().percentage()).isEqualTo(value.percentage());
                assertThat(ces.orElseThrow().mean()).isEqualTo(value.mean());
            });
        }
    }

    @Nested
    class Composite {

        static Stream<CompositeInput> inputs() {
            return generate(Composite::anyInput);
        }

        private static CompositeInput anyInput(Random random) {
            List<Score> surveyScores = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                surveyScores.add(Score.ratio(random.nextInt(1001), 10));
            }
            long delivered = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(5000);
            long returned = delivered == 0 ? 0 : random.nextInt((int) Math.min(delivered, 200) + 1);
            return CompositeInput.nothingRecorded()
                    .withSurveyScores(surveyScores)
                    .withDelivered(delivered).withReturned(returned)
                    .withLostBusinesses(random.nextInt(6))
                    .withPraises(random.nextInt(8))
                    .withClaims(random.nextInt(3));
        }

        @ParameterizedTest
        @MethodSource("inputs")
        void a_composite_lies_between_0_and_100_and_exists_exactly_when_no_part_is_missing(CompositeInput input) {
            CompositeScore composite = CompositeScore.of(input, ScoringPolicy.fm40());

            assertThat(composite.total().isPresent()).isEqualTo(composite.missingParts().isEmpty());
            composite.total().ifPresent(total -> {
                assertThat(total.isBetween(Score.ZERO, Score.HUNDRED)).isTrue();
                assertThat(composite.verdict() == Verdict.SATISFIED)
                        .isEqualTo(!total.isLessThan(Score.of(85)));
            });
            assertThat(composite.reviewFlags().contains(ReviewFlag.MANAGEMENT_REVIEW_MEETING))
                    .isEqualTo(!composite.deductions().isEmpty());
        }
    }

    @Nested
    class Survey_score {

        static Stream<List<ScoredAnswer>> responses() {
            Scale[] scales = Scale.values();
            return generate(random -> {
                List<ScoredAnswer> answers = new ArrayList<>();
                for (int i = random.nextInt(8); i > 0; i--) {
                    Scale scale = scales[random.nextInt(scales.length)];
                    int value = scale.min() + random.nextInt(scale.max() - scale.min() + 1);
                    answers.add(new ScoredAnswer(scale, value,
                            com.satisfaction.core.support.RandomCases.decimal(random, 20, false)));
                }
                return answers;
            });
        }

        @ParameterizedTest
        @MethodSource("responses")
        void a_survey_score_lies_between_0_and_100(List<ScoredAnswer> answers) {
            SurveyScore.of(answers).ifPresentOrElse(
                    score -> assertThat(score.value().isBetween(Score.ZERO, Score.HUNDRED)).isTrue(),
                    () -> assertThat(answers).isEmpty());
        }
    }

    /**
     * A verdict never contradicts its number (SPEC §4): every verdict, band and flag of a figure is the one of the
     * figure as shown, so two figures that show the same number always get the same verdict.
     */
    @Nested
    class Verdicts_read_the_figure_as_shown {

        private static final ScoringPolicy FM40 = ScoringPolicy.fm40();

        static Stream<Score> npsNearBandEdges() {
            return generate(random -> near(random, Score.of(new int[] {70, 50, 0}[random.nextInt(3)])));
        }

        static Stream<Score> compositesNear85() {
            return generate(random -> near(random, Score.of(85)));
        }

        static Stream<Score> surveyPartsNear45() {
            return generate(random -> near(random, Score.of(45)));
        }

        static Stream<ProductReturnRate> productReturnRatesNear1And2Percent() {
            return generate(random -> {
                long delivered = 1 + random.nextInt(200_000);
                long around = delivered * (1 + random.nextInt(2)) / 100;
                return ProductReturnRate.ofDelivered(delivered).returned(Math.max(0, around + random.nextInt(41) - 20))
                        .orElseThrow();
            });
        }

        @ParameterizedTest
        @MethodSource("npsNearBandEdges")
        void the_nps_band_is_the_band_of_the_nps_as_shown(Score nps) {
            assertThat(NpsBand.of(nps)).isEqualTo(NpsBand.of(nps.displayed().toScore()));
        }

        @ParameterizedTest
        @MethodSource("compositesNear85")
        void the_verdict_is_the_verdict_of_the_composite_as_shown(Score total) {
            CompositeScore composite = CompositeFixture.scored(CompositeFixture.aHalfYearWithComposite(total));

            assertThat(composite.total()).contains(total);
            assertThat(composite.verdict()).isEqualTo(FM40.verdictOf(total.displayed().toScore()));
        }

        @ParameterizedTest
        @MethodSource("surveyPartsNear45")
        void the_survey_flag_is_the_flag_of_the_survey_part_as_shown(Score part) {
            CompositeScore composite = CompositeFixture.scored(CompositeFixture.aHalfYearWithSurveyPart(part));

            assertThat(composite.reviewFlags().contains(ReviewFlag.REVIEW_SURVEY_ITEMS))
                    .isEqualTo(FM40.survey().callsForReview(part.displayed().toScore()));
        }

        @ParameterizedTest
        @MethodSource("productReturnRatesNear1And2Percent")
        void the_return_points_are_those_of_the_rate_as_shown(ProductReturnRate rate) {
            // a rate of exactly the shown percentage: shown × 10 returned of 1 000 delivered
            long returnedPerThousand = rate.percentage().displayed().value().movePointRight(1).longValueExact();
            ProductReturnRate asShown = new ProductReturnRate(1_000, returnedPerThousand);

            assertThat(FM40.productReturns().points(rate)).isEqualTo(FM40.productReturns().points(asShown));
        }
    }
}
