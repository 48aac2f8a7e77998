package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CesTest {

    @Test
    void three_hundred_easy_answers_of_five_hundred_give_60_percent() {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(300, 5));
        answers.addAll(Collections.nCopies(200, 4));

        Ces ces = Ces.of(answers).orElseThrow();

        assertThat(ces.percentage()).isEqualTo(Score.of(60));
        assertThat(ces.mean()).isEqualTo(Score.of("4.6"));
        assertThat(Ces.ofCounts(300, 500, 2300)).contains(ces);
    }

    @Test
    void five_is_easy_and_four_is_not() {
        Ces ces = Ces.of(List.of(5, 4, 7, 1)).orElseThrow();

        assertThat(ces.positive()).isEqualTo(2);
        assertThat(ces.percentage()).isEqualTo(Score.of(50));
    }

    @Test
    void no_answers_is_no_data() {
        assertThat(Ces.of(List.of())).isEmpty();
        assertThat(Ces.ofCounts(0, 0, 0)).isEmpty();
    }

    @Test
    void an_answer_off_the_one_to_seven_scale_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.of(List.of(8)))
                .withMessage("value 8 is outside the scale ONE_TO_SEVEN (allowed 1–7)");
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.of(List.of(0)));
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.ofCounts(3, 2, 10));
    }
}
