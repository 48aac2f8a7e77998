package com.satisfaction.web.campaign;

import com.satisfaction.core.scoring.ResponseRate;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.persistence.campaign.CampaignStatus;
import com.satisfaction.persistence.response.CampaignCoverage;
import com.satisfaction.persistence.response.CampaignFigures;
import com.satisfaction.persistence.response.RecipientRow;
import org.springframework.data.domain.Page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A campaign's page: what it is, its figures and response rate against its target, its coverage of key accounts and
 * annual value, and one page of recipients (without tokens for readers who may not see links).
 */
public record CampaignPage(long id, String name, String period, CampaignStatus status, boolean closed, long surveyId,
                    LocalizedText surveyTitle, LocalDate closesOn, Integer reminderDays, BigDecimal target,
                    CampaignFigures figures, Optional<ResponseRate> rate, CampaignCoverage coverage,
                    Page<RecipientRow> recipients, boolean tokensVisible, String linkBase) {

    /** The response rate as shown, one decimal, or empty before anything was sent. */
    public Optional<String> rateShown() {
        return rate.map(r -> r.percentage().display());
    }

    public boolean targetMet() {
        return rate.map(ResponseRate::targetMet).orElse(false);
    }

    /** The share of the invited customers' annual value that has answered, one decimal; empty when none is known. */
    public Optional<String> valueShareShown() {
        if (coverage.valueInvited().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(coverage.valueAnswered().multiply(BigDecimal.valueOf(100))
                .divide(coverage.valueInvited(), 1, RoundingMode.HALF_UP).toPlainString());
    }
}
