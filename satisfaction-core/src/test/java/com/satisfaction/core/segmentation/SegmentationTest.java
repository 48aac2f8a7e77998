package com.satisfaction.core.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentationTest {

    private static final ScoringPolicy FM40 = ScoringPolicy.fm40();

    /** A customer whose code is its id. */
    private static ValuedCustomer<String> customer(String id, long annualValue, String composite) {
        return customer(id, id, annualValue, composite);
    }

    private static ValuedCustomer<String> customer(String id, String code, long annualValue, String composite) {
        return new ValuedCustomer<>(id, code, BigDecimal.valueOf(annualValue), Score.of(composite));
    }

    @Nested
    class Satisfaction_levels {

        @ParameterizedTest(name = "composite {0} is {1}")
        @CsvSource({
                "0, DISSATISFIED",
                "84.9, DISSATISFIED",
                "85, SATISFIED",
                "94.9, SATISFIED",
                "95, VERY_SATISFIED",
                "100, VERY_SATISFIED"})
        void the_levels_break_at_85_and_95(String composite, SatisfactionLevel level) {
            assertThat(SatisfactionLevel.of(Score.of(composite), FM40)).isEqualTo(level);
        }

        @ParameterizedTest(name = "composite {0} shows {1} and is {2}")
        @CsvSource({
                "84.94999999, 84.9, DISSATISFIED",
                "84.95, 85.0, SATISFIED",
                "94.94, 94.9, SATISFIED",
                "94.95, 95.0, VERY_SATISFIED",
                "94.96, 95.0, VERY_SATISFIED"})
        void the_level_is_read_on_the_composite_as_shown(String composite, String shown, SatisfactionLevel level) {
            assertThat(Score.of(composite).display()).isEqualTo(shown);
            assertThat(SatisfactionLevel.of(Score.of(composite), FM40)).isEqualTo(level);
        }

        @Test
        void a_composite_outside_0_to_100_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> SatisfactionLevel.of(Score.of(101), FM40))
                    .withMessage("composite 101 is outside the allowed range 0–100");
            assertThatIllegalArgumentException().isThrownBy(() -> SatisfactionLevel.of(Score.of(-1), FM40));
        }
    }

    @Nested
    class The_grid {

        @Test
        void the_top_20_percent_by_value_within_each_level_are_high_value() {
            List<ValuedCustomer<String>> customers = new ArrayList<>();
            // five very satisfied: only the most valuable is a star
            for (int i = 1; i <= 5; i++) {
                customers.add(customer("v" + i, i * 100L, "96"));
            }
            // two satisfied: ⌈0.4⌉ = 1 potential
            customers.add(customer("s1", 50, "90"));
            customers.add(customer("s2", 5_000, "85"));
            // one dissatisfied: ⌈0.2⌉ = 1, a crisis
            customers.add(customer("d1", 10, "60"));

            Segmentation<String> grid = Segmentation.of(customers, FM40);

            assertThat(grid.cell(Segment.STAR).customers()).extracting(ValuedCustomer::customer)
                    .containsExactly("v5");
            assertThat(grid.cell(Segment.BASE).customers()).extracting(ValuedCustomer::customer)
                    .containsExactly("v4", "v3", "v2", "v1");
            assertThat(grid.cell(Segment.POTENTIAL).customers()).extracting(ValuedCustomer::customer)
                    .containsExactly("s2");
            assertThat(grid.cell(Segment.AT_RISK).customers()).extracting(ValuedCustomer::customer)
                    .containsExactly("s1");
            assertThat(grid.cell(Segment.CRISIS).count()).isEqualTo(1);
            assertThat(grid.cell(Segment.LOW_PRIORITY).count()).isZero();
            assertThat(grid.cell(Segment.BASE).totalValue()).isEqualByComparingTo("1000");
            assertThat(grid.segmentOf("s1")).contains(Segment.AT_RISK);
            assertThat(grid.segmentOf("nobody")).isEmpty();
        }

        @Test
        void high_value_is_relative_to_the_level_not_to_all_customers() {
            Segmentation<String> grid = Segmentation.of(List.of(
                    customer("big", 1_000_000, "70"), customer("small", 1, "99")), FM40);

            assertThat(grid.segmentOf("small")).contains(Segment.STAR);
            assertThat(grid.segmentOf("big")).contains(Segment.CRISIS);
        }

        @Test
        void ties_in_value_are_broken_by_customer_code_ascending() {
            List<ValuedCustomer<String>> customers = List.of(customer("first", "C3", 100, "90"),
                    customer("second", "C1", 100, "90"), customer("third", "C2", 100, "90"));

            Segmentation<String> grid = Segmentation.of(customers, FM40);

            assertThat(grid.cell(Segment.POTENTIAL).customers()).extracting(ValuedCustomer::customer)
                    .containsExactly("second");
            assertThat(grid.cell(Segment.AT_RISK).customers()).extracting(ValuedCustomer::code)
                    .containsExactly("C2", "C3");
        }

        @Test
        void codes_compare_as_plain_strings_not_as_numbers_or_ignoring_case() {
            // "C10" < "C9" and "Z" < "a" in String.compareTo
            List<ValuedCustomer<String>> customers = List.of(customer("nine", "C9", 100, "96"),
                    customer("ten", "C10", 100, "96"), customer("lower", "a1", 100, "96"),
                    customer("upper", "Z1", 100, "96"));

            assertThat(Segmentation.of(customers, FM40).cell(Segment.BASE).customers())
                    .extracting(ValuedCustomer::code).containsExactly("C9", "Z1", "a1");
            assertThat(Segmentation.of(customers, FM40).cell(Segment.STAR).customers())
                    .extracting(ValuedCustomer::code).containsExactly("C10");
        }

        @Test
        void the_same_customers_in_any_order_give_the_same_grid() {
            List<ValuedCustomer<String>> customers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                customers.add(customer("id" + i, "C" + (i * 7 % 12), 100 * (i % 3), i % 2 == 0 ? "90" : "97"));
            }
            Segmentation<String> expected = Segmentation.of(customers, FM40);

            for (long seed = 0; seed < 20; seed++) {
                List<ValuedCustomer<String>> shuffled = new ArrayList<>(customers);
                Collections.shuffle(shuffled, new Random(seed));
                assertThat(Segmentation.of(shuffled, FM40)).isEqualTo(expected).hasSameHashCodeAs(expected)
                        .hasToString(expected.toString());
            }
            ValuedCustomer<String> first = customers.remove(0);
            assertThat(Segmentation.of(customers, FM40)).isNotEqualTo(expected).isNotEqualTo("a grid");
            assertThat(expected.cell(expected.segmentOf("id0").orElseThrow()).customers()).contains(first);
            assertThat(expected.segmentOf("nobody")).isEmpty();
        }

        @Test
        void no_customers_give_six_empty_cells() {
            Segmentation<String> grid = Segmentation.of(List.of(), FM40);

            assertThat(grid.cells()).hasSize(6).allSatisfy((segment, cell) -> {
                assertThat(cell.count()).isZero();
                assertThat(cell.totalValue()).isEqualByComparingTo("0");
            });
        }

        @Test
        void the_high_value_count_is_the_ceiling_of_the_share() {
            assertThat(Segmentation.highValueCount(0, Score.of(20))).isZero();
            assertThat(Segmentation.highValueCount(1, Score.of(20))).isEqualTo(1);
            assertThat(Segmentation.highValueCount(5, Score.of(20))).isEqualTo(1);
            assertThat(Segmentation.highValueCount(6, Score.of(20))).isEqualTo(2);
            assertThat(Segmentation.highValueCount(10, Score.of(20))).isEqualTo(2);
            assertThat(Segmentation.highValueCount(7, Score.HUNDRED)).isEqualTo(7);
        }
    }

    @Nested
    class Segments {

        @Test
        void each_cell_has_its_level_value_class_and_seed_name() {
            assertThat(Segment.STAR.level()).isEqualTo(SatisfactionLevel.VERY_SATISFIED);
            assertThat(Segment.STAR.isHighValue()).isTrue();
            assertThat(Segment.STAR.chineseName()).isEqualTo("明星客户");
            assertThat(Segment.LOW_PRIORITY.chineseName()).isEqualTo("低价值客户");
            assertThat(Segment.AT_RISK.isHighValue()).isFalse();
            assertThat(Segment.CRISIS.stance()).isNotBlank();
            for (Segment segment : Segment.values()) {
                assertThat(Segment.of(segment.level(), segment.isHighValue())).isEqualTo(segment);
            }
        }
    }

    @Nested
    class Invalid_input {

        @Test
        void a_customer_listed_twice_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> Segmentation.of(List.of(
                            customer("a", 1, "90"), customer("a", 2, "60")), FM40))
                    .withMessage("customer a appears more than once");
        }

        @Test
        void two_customers_with_one_code_are_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> Segmentation.of(List.of(
                            customer("a", "C1", 1, "90"), customer("b", "C1", 2, "60")), FM40))
                    .withMessage("customer code C1 appears more than once");
        }

        @Test
        void a_customer_needs_a_code() {
            assertThatIllegalArgumentException().isThrownBy(() -> customer("a", " ", 1, "90"))
                    .withMessage("customer code of a is blank");
            assertThatNullPointerException().isThrownBy(() -> customer("a", null, 1, "90"));
        }

        @Test
        void a_negative_value_or_a_composite_outside_0_to_100_is_rejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> customer("a", -1, "90"))
                    .withMessage("annual value -1 of a is negative (allowed 0 or more)");
            assertThatIllegalArgumentException().isThrownBy(() -> customer("a", 1, "100.1"))
                    .withMessage("composite 100.1 of a is outside the allowed range 0–100");
            assertThatIllegalArgumentException().isThrownBy(() -> customer("a", 1, "-0.1"));
        }

        @Test
        void a_grid_missing_a_cell_or_holding_one_in_the_wrong_place_is_rejected() {
            Map<Segment, SegmentCell<String>> cells = new EnumMap<>(Segmentation.of(List.<ValuedCustomer<String>>of(),
                    FM40).cells());
            cells.remove(Segment.STAR);
            assertThatIllegalArgumentException().isThrownBy(() -> new Segmentation<>(cells))
                    .withMessage("cell STAR is missing or holds another segment");
            cells.put(Segment.STAR, new SegmentCell<>(Segment.BASE, List.of()));
            assertThatIllegalArgumentException().isThrownBy(() -> new Segmentation<>(cells));
        }
    }
}
