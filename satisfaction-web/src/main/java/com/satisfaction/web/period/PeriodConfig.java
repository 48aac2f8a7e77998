package com.satisfaction.web.period;

import com.satisfaction.core.scoring.ResponseRate;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.ScoringPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy in force when no stored policy versions exist: the FM40 defaults, 85 % satisfied and 70 % answered. */
@Configuration
class PeriodConfig {

    /** The satisfaction-rate target of the FM40 defaults, in %. */
    static final Score FM40_SATISFACTION_TARGET = Score.of(85);

    @Bean
    @ConditionalOnMissingBean(PolicyInForce.class)
    PolicyInForce fm40PolicyInForce() {
        return new PolicyInForce() {
            @Override
            public ScoringPolicy policy() {
                return ScoringPolicy.fm40();
            }

            @Override
            public String version() {
                return "fm40";
            }

            @Override
            public Score satisfactionRateTarget() {
                return FM40_SATISFACTION_TARGET;
            }

            @Override
            public Score responseRateTarget() {
                return ResponseRate.DEFAULT_TARGET;
            }
        };
    }
}
