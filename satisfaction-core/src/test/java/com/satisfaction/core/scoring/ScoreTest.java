package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Nested
    class Construction {

        @Test
        void a_fraction_is_kept_in_lowest_terms_with_a_positive_denominator() {
            Score score = new Score(BigInteger.valueOf(6), BigInteger.valueOf(-4));

            assertThat(score.numerator()).isEqualTo(BigInteger.valueOf(-3));
            assertThat(score.denominator()).isEqualTo(BigInteger.TWO);
            assertThat(Score.ratio(2, 4)).isEqualTo(Score.ratio(1, 2));
        }

        @Test
        void a_zero_denominator_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> Score.ratio(1, 0))
                    .withMessageContaining("denominator is 0");
        }

        @Test
        void decimals_convert_exactly() {
            assertThat(Score.of(new BigDecimal("0.05"))).isEqualTo(Score.ratio(1, 20));
            assertThat(Score.of(new BigDecimal("1E+2"))).isEqualTo(Score.HUNDRED);
            assertThat(Score.of("96.5")).isEqualTo(Score.ratio(193, 2));
            assertThat(Score.percent(400, 500)).isEqualTo(Score.of(80));
        }
    }

    @Nested
    class Reading_back_the_text {

        @Test
        void what_to_string_writes_parses_back_to_an_equal_score() {
            for (Score score : List.of(Score.of(80), Score.of("2.5"), Score.ratio(289, 3), Score.ratio(-7, 3),
                    Score.of("84.95"), Score.ZERO)) {
                assertThat(Score.parse(score.toString())).isEqualTo(score);
            }
        }

        @Test
        void a_fraction_need_not_be_in_lowest_terms() {
            assertThat(Score.parse("6/4")).isEqualTo(Score.ratio(3, 2));
        }

        @Test
        void text_that_is_no_number_is_rejected_with_its_text() {
            assertThatIllegalArgumentException().isThrownBy(() -> Score.parse("abc")).withMessageContaining("'abc'");
            assertThatIllegalArgumentException().isThrownBy(() -> Score.parse("1/x")).withMessageContaining("'1/x'");
            assertThatIllegalArgumentException().isThrownBy(() -> Score.parse("1/0")).withMessageContaining("positive");
            assertThatIllegalArgumentException().isThrownBy(() -> Score.parse("1/-2")).withMessageContaining("positive");
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void sums_differences_products_and_quotients_are_exact() {
            Score third = Score.ratio(1, 3);

            assertThat(third.plus(third).plus(third)).isEqualTo(Score.ONE);
            assertThat(Score.ONE.minus(third)).isEqualTo(Score.ratio(2, 3));
            assertThat(third.times(Score.of(6))).isEqualTo(Score.of(2));
            assertThat(Score.ONE.dividedBy(third)).isEqualTo(Score.of(3));
            assertThat(third.negate()).isEqualTo(Score.ratio(-1, 3));
        }

        @Test
        void dividing_by_zero_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> Score.ONE.dividedBy(Score.ZERO));
        }

        @Test
        void the_mean_of_nothing_is_no_data() {
            assertThat(Score.mean(List.of())).isEmpty();
            assertThat(Score.mean(List.of(Score.of(96), Score.of(96), Score.of(97)))).contains(Score.ratio(289, 3));
        }
    }

    @Nested
    class Comparison {

        @Test
        void comparison_is_by_value() {
            assertThat(Score.ratio(1, 3).compareTo(Score.ratio(2, 6))).isZero();
            assertThat(Score.ratio(1, 3).isLessThan(Score.ratio(1, 2))).isTrue();
            assertThat(Score.ratio(1, 2).isLessThan(Score.ratio(1, 2))).isFalse();
            assertThat(Score.ratio(1, 2).isGreaterThan(Score.ratio(1, 3))).isTrue();
            assertThat(Score.ratio(1, 2).isGreaterThan(Score.ratio(1, 2))).isFalse();
            assertThat(Score.of(-2).signum()).isEqualTo(-1);
            assertThat(Score.ZERO.signum()).isZero();
        }

        @Test
        void between_includes_both_ends() {
            assertThat(Score.of(1).isBetween(Score.of(1), Score.of(2))).isTrue();
            assertThat(Score.of(2).isBetween(Score.of(1), Score.of(2))).isTrue();
            assertThat(Score.ratio(1, 2).isBetween(Score.of(1), Score.of(2))).isFalse();
            assertThat(Score.ratio(5, 2).isBetween(Score.of(1), Score.of(2))).isFalse();
        }
    }

    @Nested
    class Rounding_only_for_display_and_storage {

        @Test
        void display_shows_one_decimal_rounded_half_up() {
            assertThat(Score.ratio(289, 3).display()).isEqualTo("96.3");
            assertThat(Score.of("84.95").display()).isEqualTo("85.0");
            assertThat(Score.of("84.94").display()).isEqualTo("84.9");
            assertThat(Score.of("-33.35").display()).isEqualTo("-33.4");
            assertThat(Score.of(80).display()).isEqualTo("80.0");
        }

        @Test
        void storage_rounds_to_the_requested_scale() {
            assertThat(Score.ratio(2, 3).toBigDecimal(4)).isEqualByComparingTo("0.6667");
            assertThat(Score.ratio(2, 3).toBigDecimal(4).scale()).isEqualTo(4);
        }

        @Test
        void an_exact_decimal_exists_only_for_a_finite_expansion() {
            assertThat(Score.ratio(1, 8).exactDecimal()).contains(new BigDecimal("0.125"));
            assertThat(Score.ratio(3, 20).exactDecimal()).contains(new BigDecimal("0.15"));
            assertThat(Score.ratio(1, 3).exactDecimal()).isEmpty();
            assertThat(Score.ratio(1, 6).exactDecimal()).isEmpty();
        }

        @Test
        void to_string_is_the_exact_decimal_or_the_fraction() {
            assertThat(Score.of(80)).hasToString("80");
            assertThat(Score.of("2.5")).hasToString("2.5");
            assertThat(Score.ratio(289, 3)).hasToString("289/3");
        }
    }
}
