package com.satisfaction.web.period;

import com.satisfaction.core.closing.SnapshotText;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.PeriodCounts;
import com.satisfaction.persistence.period.RegisterEntry;
import com.satisfaction.persistence.period.SnapshotHeader;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The canonical text of a period's snapshot (core {@link SnapshotText}): a {@code policy} line, a {@code period} line
 * and one {@code customer} line per customer, each holding every stored value of its row. The close hashes this text
 * and {@code /periods/{p}/snapshot.txt} serves it rebuilt from the snapshot tables, so {@code sha256sum} of the
 * download equals the hash on the page exactly when the stored rows are the ones that were closed.
 */
final class SnapshotCodec {

    private SnapshotCodec() {
    }

    static SnapshotText of(PeriodResult result) {
        SnapshotHeader h = result.header();
        PeriodCounts c = h.counts();
        SnapshotText text = new SnapshotText();
        text.line("policy")
                .with("version", h.policyVersion())
                .with("values", h.policyText())
                .with("satisfactionRateTarget", h.satisfactionTarget())
                .with("responseRateTarget", h.responseTarget())
                .add();
        text.line("period")
                .with("id", h.period())
                .with("closedAt", h.takenAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(h.takenAt()))
                .with("closedBy", h.takenBy())
                .with("waiverBy", h.waiverBy())
                .with("waiverReason", h.waiverReason())
                .with("customers", c.customers())
                .with("withComposite", c.withComposite())
                .with("satisfied", c.satisfied())
                .with("sumOfComposites", c.sumOfComposites())
                .with("sent", c.sent())
                .with("answered", c.answered())
                .with("keyAccounts", c.keyAccounts())
                .with("keyAccountsAnswered", c.keyAccountsAnswered())
                .with("csatPositive", c.csatPositive())
                .with("csatAnswers", c.csatAnswers())
                .with("csatMean", c.csatMean())
                .with("npsPromoters", c.npsPromoters())
                .with("npsPassives", c.npsPassives())
                .with("npsDetractors", c.npsDetractors())
                .with("cesPositive", c.cesPositive())
                .with("cesAnswers", c.cesAnswers())
                .with("cesSum", c.cesSum())
                .with("customersLost", c.customersLost())
                .with("delivered", c.delivered())
                .with("returned", c.returned())
                .add();
        for (CustomerScore s : result.customers()) {
            RegisterEntry r = s.customer();
            CustomerScore.Parts p = s.parts();
            text.line("customer")
                    .with("id", r.id())
                    .with("code", r.code())
                    .with("name", r.name())
                    .with("region", r.region())
                    .with("industry", r.industry())
                    .with("valueTier", r.valueTier())
                    .with("annualValue", r.annualValue() == null ? null : r.annualValue().toPlainString())
                    .with("keyAccount", r.keyAccount())
                    .with("answered", s.answered())
                    .with("responses", s.responses())
                    .with("surveyScore", s.surveyScore())
                    .with("delivered", s.delivered())
                    .with("returned", s.returned())
                    .with("lost", s.lost())
                    .with("praise", s.praise())
                    .with("claims", s.claims())
                    .with("surveyPart", p.survey())
                    .with("productReturnsPart", p.productReturns())
                    .with("lostBusinessPart", p.lostBusiness())
                    .with("praisePart", p.praise())
                    .with("claimsPart", p.claims())
                    .with("composite", s.composite())
                    .with("verdict", s.verdict().name())
                    .with("level", s.level().map(Enum::name).orElse(null))
                    .with("segment", s.segment().map(Enum::name).orElse(null))
                    .with("flags", Arrays.stream(com.satisfaction.core.scoring.ReviewFlag.values())
                            .filter(s.flags()::contains).map(Enum::name).collect(Collectors.joining(",")))
                    .add();
        }
        return text;
    }
}
