package com.satisfaction.web.system;

import com.satisfaction.core.scoring.Score;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Shows a stored score the one way every figure is shown: one decimal, HALF_UP ({@code ${@scores.display(x)}}). */
@Component("scores")
public class ScoreFormat {

    public String display(BigDecimal value) {
        return Score.of(value).display();
    }
}
