package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsTest {

    @Nested
    class Worked_example {

        @Test
        void sixty_percent_promoters_and_twenty_percent_detractors_give_40() {
            Nps nps = Nps.ofCounts(60, 20, 20).orElseThrow();

            assertThat(nps.answers()).isEqualTo(100);
            assertThat(nps.promoterPercentage()).isEqualTo(Score.of(60));
            assertThat(nps.passivePercentage()).isEqualTo(Score.of(20));
            assertThat(nps.detractorPercentage()).isEqualTo(Score.of(20));
            assertThat(nps.score()).isEqualTo(Score.of(40));
            assertThat(nps.band()).isEqualTo(NpsBand.GOOD);
        }
    }

    @Nested
    class Classifying_answers {

        @Test
        void six_is_a_detractor_seven_and_eight_passive_nine_and_ten_promoters() {
            Nps nps = Nps.of(List.of(0, 6, 7, 8, 9, 10)).orElseThrow();

            assertThat(nps.detractors()).isEqualTo(2);
            assertThat(nps.passives()).isEqualTo(2);
            assertThat(nps.promoters()).isEqualTo(2);
            assertThat(nps.score()).isEqualTo(Score.ZERO);
        }

        @Test
        void the_score_is_exact_before_display() {
            Nps nps = Nps.of(List.of(10, 10, 3)).orElseThrow();

            assertThat(nps.score()).isEqualTo(Score.ratio(100, 3));
            assertThat(nps.score().display()).isEqualTo("33.3");
        }

        @Test
        void an_answer_off_zero_to_ten_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> Nps.of(List.of(11)))
                    .withMessage("value 11 is outside the scale ZERO_TO_TEN (allowed 0–10)");
            assertThatIllegalArgumentException().isThrownBy(() -> Nps.of(List.of(-1)));
        }
    }

    @Nested
    class No_data_and_invalid_counts {

        @Test
        void no_answers_is_no_data() {
            assertThat(Nps.of(List.of())).isEmpty();
            assertThat(Nps.ofCounts(0, 0, 0)).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> new Nps(0, 0, 0))
                    .withMessageContaining("at least one answer");
        }

        @Test
        void a_negative_count_is_rejected_naming_it() {
            assertThatIllegalArgumentException().isThrownBy(() -> Nps.ofCounts(-1, 5, 5))
                    .withMessage("promoters -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> Nps.ofCounts(5, -1, 5))
                    .withMessage("passives -1 is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> Nps.ofCounts(5, 5, -1))
                    .withMessage("detractors -1 is negative (allowed 0 or more)");
        }

        @Test
        void one_answer_of_any_kind_is_data() {
            assertThat(Nps.ofCounts(1, 0, 0)).isPresent();
            assertThat(Nps.ofCounts(0, 1, 0)).isPresent();
            assertThat(Nps.ofCounts(0, 0, 1).orElseThrow().score()).isEqualTo(Score.of(-100));
        }
    }

    @Nested
    class Bands {

        @ParameterizedTest(name = "NPS {0} is {1}")
        @CsvSource({
                "100, WORLD_CLASS",
                "70.1, WORLD_CLASS",
                "70, EXCELLENT",
                "50.1, EXCELLENT",
                "50, GOOD",
                "0.1, GOOD",
                "0, NEEDS_WORK",
                "-0.1, NEEDS_WORK",
                "-100, NEEDS_WORK"})
        void each_band_starts_just_above_its_threshold(String nps, NpsBand band) {
            assertThat(NpsBand.of(Score.of(nps))).isEqualTo(band);
        }

        @ParameterizedTest(name = "NPS {0} shows {1} and is {2}")
        @CsvSource({
                "70.05, 70.1, WORLD_CLASS",
                "70.04, 70.0, EXCELLENT",
                "69.96, 70.0, EXCELLENT",
                "69.95, 70.0, EXCELLENT",
                "50.04, 50.0, GOOD",
                "50.05, 50.1, EXCELLENT",
                "0.04, 0.0, NEEDS_WORK",
                "0.05, 0.1, GOOD",
                "-0.04, 0.0, NEEDS_WORK"})
        void the_band_is_read_on_the_nps_as_shown(String nps, String shown, NpsBand band) {
            assertThat(Score.of(nps).display()).isEqualTo(shown);
            assertThat(NpsBand.of(Score.of(nps))).isEqualTo(band);
        }

        @Test
        void an_nps_of_70_point_04_from_answers_shows_70_and_is_excellent_not_world_class() {
            // 1 751 promoters, 749 passives, no detractors of 2 500: 70.04
            Nps nps = Nps.ofCounts(1751, 749, 0).orElseThrow();

            assertThat(nps.score()).isEqualTo(Score.of("70.04"));
            assertThat(nps.score().display()).isEqualTo("70.0");
            assertThat(nps.band()).isEqualTo(NpsBand.EXCELLENT);
        }
    }
}
