package com.satisfaction.core.expectation;

import static com.satisfaction.core.support.RandomCases.decimal;
import static com.satisfaction.core.support.RandomCases.generate;
import static com.satisfaction.core.support.RandomCases.near;
import static org.assertj.core.api.Assertions.assertThat;

import com.satisfaction.core.scoring.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the expectation model over generated teams (see {@link com.satisfaction.core.support.RandomCases}). */
class ExpectationPropertiesTest {

    record Team(List<BigDecimal> indicatorWeights, List<BigDecimal> personWeights, List<List<ExpectationPair>> pairs) {

        ExpectationModel model() {
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < indicatorWeights.size(); i++) {
                indicators.add(new Indicator("indicator " + i, indicatorWeights.get(i)));
            }
            return ExpectationModel.of(indicators);
        }

        List<TeamMember> members() {
            List<TeamMember> members = new ArrayList<>();
            for (int j = 0; j < personWeights.size(); j++) {
                members.add(new TeamMember(personWeights.get(j), pairs.get(j)));
            }
            return members;
        }
    }

    static Stream<Team> teams() {
        return generate(ExpectationPropertiesTest::anyTeam);
    }

    private static Team anyTeam(Random random) {
        int n = 1 + random.nextInt(5);
        int m = 1 + random.nextInt(4);
        List<BigDecimal> w = positiveWeights(random, n);
        List<BigDecimal> v = positiveWeights(random, m);
        List<List<ExpectationPair>> pairs = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            List<ExpectationPair> row = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                row.add(new ExpectationPair(decimal(random, 10, false), decimal(random, 10, true)));
            }
            pairs.add(row);
        }
        return new Team(w, v, pairs);
    }

    private static List<BigDecimal> positiveWeights(Random random, int count) {
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            weights.add(decimal(random, 5, false));
        }
        return weights;
    }

    private static Score sum(List<BigDecimal> values) {
        return values.stream().map(Score::of).reduce(Score.ZERO, Score::plus);
    }

    @ParameterizedTest
    @MethodSource("teams")
    void the_team_model_equals_the_double_sum_of_v_w_r_over_e(Team team) {
        Score sumW = sum(team.indicatorWeights());
        Score sumV = sum(team.personWeights());
        Score expected = Score.ZERO;
        for (int j = 0; j < team.personWeights().size(); j++) {
            for (int i = 0; i < team.indicatorWeights().size(); i++) {
                ExpectationPair pair = team.pairs().get(j).get(i);
                expected = expected.plus(Score.of(team.personWeights().get(j)).dividedBy(sumV)
                        .times(Score.of(team.indicatorWeights().get(i)).dividedBy(sumW))
                        .times(Score.of(pair.received())).dividedBy(Score.of(pair.expected())));
            }
        }

        assertThat(team.model().team(team.members()).orElseThrow().value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("teams")
    void scaling_all_weights_by_a_constant_leaves_s_unchanged(Team team) {
        BigDecimal factor = new BigDecimal("7.25");
        Team scaled = new Team(team.indicatorWeights().stream().map(factor::multiply).toList(),
                team.personWeights().stream().map(factor::multiply).toList(), team.pairs());

        assertThat(scaled.model().team(scaled.members()).orElseThrow().value())
                .isEqualTo(team.model().team(team.members()).orElseThrow().value());
    }

    @ParameterizedTest
    @MethodSource("teams")
    void receiving_exactly_what_was_expected_everywhere_gives_s_of_1(Team team) {
        List<List<ExpectationPair>> met = team.pairs().stream()
                .map(row -> row.stream().map(p -> new ExpectationPair(p.expected(), p.expected())).toList())
                .toList();
        Team satisfied = new Team(team.indicatorWeights(), team.personWeights(), met);

        Satisfaction result = satisfied.model().team(satisfied.members()).orElseThrow();

        assertThat(result.value()).isEqualTo(Score.ONE);
        assertThat(result.reading()).isEqualTo(Reading.MET);
        assertThat(result.gaps()).allMatch(gap -> gap.gap().signum() == 0);
        assertThat(satisfied.model().individual(met.get(0)).value()).isEqualTo(Score.ONE);
    }

    static Stream<Score> valuesNearTheToleranceEdges() {
        return generate(random -> near(random, Score.of(random.nextBoolean() ? 95 : 105)).dividedBy(Score.HUNDRED));
    }

    @ParameterizedTest
    @MethodSource("valuesNearTheToleranceEdges")
    void s_reads_as_the_percentage_shown(Score value) {
        ExpectationModel model = ExpectationModel.of(List.of(new Indicator("only", BigDecimal.ONE)));
        Score shown = value.times(Score.HUNDRED).displayed().toScore().dividedBy(Score.HUNDRED);

        assertThat(model.read(value)).isEqualTo(model.read(shown));
    }
}
