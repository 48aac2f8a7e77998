package com.satisfaction.web.period;

import com.satisfaction.core.closing.CloseGate;
import com.satisfaction.core.closing.GateResult;
import com.satisfaction.core.closing.Waiver;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.action.FlagActionRow;
import com.satisfaction.core.scoring.Ces;
import com.satisfaction.core.scoring.ChurnRate;
import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.core.scoring.Nps;
import com.satisfaction.core.scoring.PeriodSummary;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ProductReturnRate;
import com.satisfaction.core.scoring.ResponseRate;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.WilsonInterval;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.PeriodCounts;
import com.satisfaction.persistence.period.RegisterEntry;
import com.satisfaction.persistence.period.SnapshotHeader;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns a period's scores into what its page shows; every figure comes from the core, from the counts alone. */
final class PeriodViews {

    private PeriodViews() {
    }

    /** The period's response rate against its target; empty when nothing was sent. */
    static Optional<ResponseRate> responseRate(SnapshotHeader header) {
        PeriodCounts c = header.counts();
        return ResponseRate.answered(c.answered()).ofSent(c.sent()).map(rate -> rate.withTarget(header.responseTarget()));
    }

    /** The gate as the counts give it, with the waiver if one is given. */
    static GateResult gate(SnapshotHeader header, Optional<Waiver> waiver) {
        PeriodCounts c = header.counts();
        return CloseGate.check(responseRate(header), c.keyAccounts(), c.keyAccountsAnswered(), waiver);
    }

    static PeriodPage.Gate gateView(PeriodResult result) {
        return gateView(result.header(), result.customers().stream()
                .filter(s -> s.customer().keyAccount() && !s.answered()).map(CustomerScore::customer).toList());
    }

    static PeriodPage.Gate gateView(SnapshotHeader header, List<RegisterEntry> unansweredKeyAccounts) {
        GateResult gate = gate(header, Optional.empty());
        Optional<ResponseRate> rate = responseRate(header);
        return new PeriodPage.Gate(gate.met(), gate.shortfalls().stream().map(Enum::name).toList(),
                rate.map(r -> r.percentage().display()).orElse(null), header.responseTarget().display(),
                header.counts().keyAccounts(), header.counts().keyAccountsAnswered(), unansweredKeyAccounts);
    }

    static List<PeriodPage.Figure> figures(SnapshotHeader header) {
        PeriodCounts c = header.counts();
        int minimum = PolicyText.parse(header.policyText()).targets().minimumSample();
        List<PeriodPage.Figure> figures = new ArrayList<>();
        PeriodSummary summary = new PeriodSummary(c.withComposite(), c.satisfied(), c.customers() - c.withComposite(),
                c.sumOfComposites());
        Optional<Score> satisfaction = summary.satisfactionRate();
        figures.add(new PeriodPage.Figure("satisfactionRate", shown(satisfaction), true, c.withComposite(),
                interval(c.satisfied(), c.withComposite()), header.satisfactionTarget().display(),
                satisfaction.map(rate -> rate.displayed().isAtLeast(header.satisfactionTarget())).orElse(null),
                "satisfiedOf", c.satisfied() + " / " + c.withComposite()).sampled(minimum));
        figures.add(new PeriodPage.Figure("overallComposite", shown(summary.overallComposite()), false,
                c.withComposite(), null, null, null, "incomplete", String.valueOf(c.customers() - c.withComposite()))
                .sampled(minimum));
        Optional<ResponseRate> rate = responseRate(header);
        figures.add(new PeriodPage.Figure("responseRate", shown(rate.map(ResponseRate::percentage)), true, c.sent(),
                interval(c.answered(), c.sent()), header.responseTarget().display(),
                rate.map(ResponseRate::targetMet).orElse(null), "answeredOf", c.answered() + " / " + c.sent())
                .sampled(minimum));
        Optional<Score> csat = c.csatAnswers() == 0 ? Optional.empty()
                : Optional.of(Score.percent(c.csatPositive(), c.csatAnswers()));
        figures.add(new PeriodPage.Figure("csat", shown(csat), true, c.csatAnswers(),
                interval(c.csatPositive(), c.csatAnswers()), null, null,
                c.csatMean().isPresent() ? "mean" : null, c.csatMean().map(Score::display).orElse(null))
                .sampled(minimum));
        Optional<Nps> nps = Nps.ofCounts(c.npsPromoters(), c.npsPassives(), c.npsDetractors());
        figures.add(new PeriodPage.Figure("nps", shown(nps.map(Nps::score)), false,
                c.npsPromoters() + c.npsPassives() + c.npsDetractors(), null, null, null,
                nps.map(n -> "band." + n.band().name()).orElse(null), null).sampled(minimum));
        Optional<Ces> ces = Ces.ofCounts(c.cesPositive(), c.cesAnswers(), c.cesSum());
        figures.add(new PeriodPage.Figure("ces", shown(ces.map(Ces::percentage)), true, c.cesAnswers(),
                interval(c.cesPositive(), c.cesAnswers()), null, null, ces.isPresent() ? "mean" : null,
                ces.map(value -> value.mean().display()).orElse(null)).sampled(minimum));
        Optional<ChurnRate> churn = c.customersLost() > c.customers() ? Optional.empty()
                : ChurnRate.lost(c.customersLost()).ofCustomersAtStart(c.customers());
        figures.add(new PeriodPage.Figure("churn", shown(churn.map(ChurnRate::percentage)), true, c.customers(),
                churn.isPresent() ? interval(c.customersLost(), c.customers()) : null, null, null, "lostOf",
                c.customersLost() + " / " + c.customers()).sampled(minimum));
        Optional<ProductReturnRate> returns = ProductReturnRate.ofDelivered(c.delivered()).returned(c.returned());
        figures.add(new PeriodPage.Figure("productReturnRate", shown(returns.map(ProductReturnRate::percentage)), true,
                c.delivered(), null, null, null, "returnedOf", c.returned() + " / " + c.delivered()));
        return figures;
    }

    /**
     * A customer's row; {@code flagActions} are the actions made from the period's flags (of this customer or more),
     * read beforehand in one query.
     */
    static PeriodPage.CustomerLine line(CustomerScore s, Period period, OperationalInputs operational,
                                        List<FlagActionRow> flagActions) {
        long id = s.customerId();
        List<PeriodPage.PartCell> parts = new ArrayList<>();
        for (CompositePart part : CompositePart.values()) {
            String evidence = part == CompositePart.SURVEY
                    ? "/periods/" + period + "/customers/" + id + "#responses"
                    : operational.evidenceUrl(part, id, period).orElse(null);
            parts.add(new PeriodPage.PartCell(part.name(), shown(s.parts().of(part)), evidence));
        }
        List<PeriodPage.FlagCell> flags = Arrays.stream(ReviewFlag.values()).filter(s.flags()::contains)
                .map(flag -> new PeriodPage.FlagCell(flag.name(), UriComponentsBuilder.fromPath("/actions/new")
                        .queryParam("period", period.toString()).queryParam("customer", id)
                        .queryParam("flag", flag.name()).build().toUriString(),
                        flagActions.stream().filter(a -> a.customerId() == id && a.flagCode().equals(flag.name()))
                                .map(a -> new PeriodPage.FlagAction(a.id(), a.title(), a.status().name())).toList()))
                .toList();
        return new PeriodPage.CustomerLine(id, s.customer().code(), s.customer().name(), s.customer().keyAccount(),
                s.customer().annualValue(), s.responses(), shown(s.surveyScore()), parts, shown(s.composite()),
                s.verdict().name(), s.level().map(Enum::name).orElse(null), s.segment().map(Enum::name).orElse(null),
                flags);
    }

    private static String shown(Optional<Score> value) {
        return value.map(Score::display).orElse(null);
    }

    private static String interval(long successes, long trials) {
        return WilsonInterval.of(successes, trials).map(WilsonInterval::display).orElse(null);
    }
}
