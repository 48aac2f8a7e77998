package com.satisfaction.core.segmentation;

import static com.satisfaction.core.support.RandomCases.generate;
import static com.satisfaction.core.support.RandomCases.near;
import static org.assertj.core.api.Assertions.assertThat;

import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the grid over generated customer sets (see {@link com.satisfaction.core.support.RandomCases}). */
class SegmentationPropertiesTest {

    private static final ScoringPolicy FM40 = ScoringPolicy.fm40();

    static Stream<List<ValuedCustomer<Integer>>> customerSets() {
        return generate(random -> {
            List<ValuedCustomer<Integer>> customers = new ArrayList<>();
            for (int id = random.nextInt(60); id > 0; id--) {
                // few distinct values, so that many customers tie and their codes decide
                customers.add(new ValuedCustomer<>(id, "C" + random.nextInt(1_000_000) + "-" + id,
                        BigDecimal.valueOf(random.nextInt(8) * 100L), Score.ratio(random.nextInt(1001), 10)));
            }
            return customers;
        });
    }

    @ParameterizedTest
    @MethodSource("customerSets")
    void every_customer_is_in_exactly_one_cell(List<ValuedCustomer<Integer>> customers) {
        Segmentation<Integer> grid = Segmentation.of(customers, FM40);

        List<Integer> placed = grid.cells().values().stream()
                .flatMap(cell -> cell.customers().stream()).map(ValuedCustomer::customer).toList();
        assertThat(placed).containsExactlyInAnyOrderElementsOf(customers.stream().map(ValuedCustomer::customer).toList());
        for (ValuedCustomer<Integer> customer : customers) {
            Segment segment = grid.segmentOf(customer.customer()).orElseThrow();
            assertThat(segment.level()).isEqualTo(SatisfactionLevel.of(customer.composite(), FM40));
        }
    }

    @ParameterizedTest
    @MethodSource("customerSets")
    void at_most_the_ceiling_of_20_percent_of_each_level_is_high_value_and_they_are_worth_the_most(
            List<ValuedCustomer<Integer>> customers) {
        Segmentation<Integer> grid = Segmentation.of(customers, FM40);

        for (SatisfactionLevel level : SatisfactionLevel.values()) {
            SegmentCell<Integer> high = grid.cell(Segment.of(level, true));
            SegmentCell<Integer> low = grid.cell(Segment.of(level, false));
            int levelSize = high.count() + low.count();
            assertThat(high.count()).isLessThanOrEqualTo((levelSize * 20 + 99) / 100);
            assertThat(high.count() > 0).isEqualTo(levelSize > 0);
            high.customers().forEach(h -> low.customers().forEach(
                    l -> assertThat(h.annualValue()).isGreaterThanOrEqualTo(l.annualValue())));
        }
    }

    static Stream<Score> compositesNearLevelEdges() {
        return generate(random -> near(random, Score.of(random.nextBoolean() ? 85 : 95)));
    }

    @ParameterizedTest
    @MethodSource("compositesNearLevelEdges")
    void the_level_is_the_level_of_the_composite_as_shown(Score composite) {
        assertThat(SatisfactionLevel.of(composite, FM40))
                .isEqualTo(SatisfactionLevel.of(composite.displayed().toScore(), FM40));
    }

    @ParameterizedTest
    @MethodSource("customerSets")
    void the_same_customers_in_any_order_give_the_same_grid(List<ValuedCustomer<Integer>> customers) {
        List<ValuedCustomer<Integer>> shuffled = new ArrayList<>(customers);
        Collections.shuffle(shuffled, new Random(customers.size()));

        assertThat(Segmentation.of(shuffled, FM40)).isEqualTo(Segmentation.of(customers, FM40));
    }

    @ParameterizedTest
    @MethodSource("customerSets")
    void within_a_cell_customers_run_from_highest_value_then_lowest_code(List<ValuedCustomer<Integer>> customers) {
        Segmentation.of(customers, FM40).cells().values().forEach(cell -> {
            List<ValuedCustomer<Integer>> members = cell.customers();
            for (int i = 1; i < members.size(); i++) {
                ValuedCustomer<Integer> before = members.get(i - 1);
                ValuedCustomer<Integer> after = members.get(i);
                int byValue = before.annualValue().compareTo(after.annualValue());
                assertThat(byValue > 0 || byValue == 0 && before.code().compareTo(after.code()) < 0).isTrue();
            }
        });
    }
}
