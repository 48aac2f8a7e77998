package com.satisfaction.web.demo;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.web.delivery.MovementForm;
import com.satisfaction.web.delivery.MovementRecords;
import com.satisfaction.web.delivery.Scope;
import com.satisfaction.web.record.ClaimForm;
import com.satisfaction.web.record.ClaimRecords;
import com.satisfaction.web.record.LostBusinessForm;
import com.satisfaction.web.record.LostBusinessRecords;
import com.satisfaction.web.record.Outcome;
import com.satisfaction.web.record.PraiseForm;
import com.satisfaction.web.record.PraiseRecords;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A half-year's operational record: each customer's deliveries as the ERP's half-year total, returns from the less
 * pleased customers (a few from the others), written or spoken praise from the pleased ones, claims and lost business
 * from the unhappy ones.
 */
@DemoOnly
@Component
class DemoRecords {

    private static final String[] DEFECTS = {"尺寸超差", "表面划伤", "焊接不良", "包装破损", "功能失效", "标签错误"};
    private static final String[] PRAISED = {"质量部", "物流部", "销售部 王经理", "技术支持团队"};
    private static final String[] PRAISE = {"紧急订单按时交付，保障了我们的生产线。", "8D 报告及时、专业，问题关闭很快。",
            "新项目 PPAP 一次通过，感谢团队的配合。", "现场技术支持专业、耐心。"};
    private static final String[] CLAIMS = {"批量尺寸超差导致停线 2 小时", "来料划伤返工费用", "错发物料导致额外运费"};
    private static final String[] LINES = {"制动卡钳", "转向节", "电子驻车控制器"};

    private final MovementRecords movements;
    private final PraiseRecords praise;
    private final ClaimRecords claims;
    private final LostBusinessRecords lost;
    private final DemoClock clock;

    DemoRecords(MovementRecords movements, PraiseRecords praise, ClaimRecords claims, LostBusinessRecords lost,
                DemoClock clock) {
        this.movements = movements;
        this.praise = praise;
        this.claims = claims;
        this.lost = lost;
        this.clock = clock;
    }

    void record(DemoHalfYear half, List<DemoCustomer> customers, String recorder, Random random) {
        String period = half.period().toString();
        Instant booked = half.at(half.past() ? 0.99 : 0.95, 480);
        for (DemoCustomer customer : customers) {
            long delivered = switch (customer.tier()) {
                case 'A' -> 40_000 + random.nextInt(80_000);
                case 'B' -> 10_000 + random.nextInt(30_000);
                default -> 1_000 + random.nextInt(9_000);
            };
            String id = String.valueOf(customer.id());
            movement(booked, MovementKind.DELIVERY, new MovementForm("DELIVERY", id, "", "", period,
                    String.valueOf(delivered), "", "ERP 半年度汇总"));
            double returnShare = customer.mood() < 2.3 ? 0.015 + random.nextDouble() * 0.015
                    : customer.mood() < 3 ? 0.006 + random.nextDouble() * 0.012
                    : random.nextDouble() < 0.25 ? random.nextDouble() * 0.003 : 0;
            long returned = Math.round(delivered * returnShare);
            if (returned > 0) {
                movement(booked, MovementKind.RETURN, new MovementForm("RETURN", id, "", "", period,
                        String.valueOf(returned), DEFECTS[random.nextInt(DEFECTS.length)], ""));
            }
            double share = 0.1 + random.nextDouble() * 0.8;
            LocalDate day = half.day(share);
            Instant at = half.at(share, 120 + random.nextInt(300));
            for (int n = praises(customer.mood(), random); n > 0; n--) {
                double praisedAt = 0.05 + random.nextDouble() * 0.9;
                saved(clock.at(half.at(praisedAt, 60 + random.nextInt(420)), () -> praise.create(new PraiseForm(id,
                        half.day(praisedAt).toString(), random.nextBoolean() ? "WRITTEN" : "SPOKEN",
                        PRAISED[random.nextInt(PRAISED.length)], PRAISE[random.nextInt(PRAISE.length)]), recorder)));
            }
            if (customer.mood() < 2.6) {
                saved(clock.at(at, () -> claims.create(new ClaimForm(id, day.toString(),
                        (5_000 + random.nextInt(40) * 1_000) + ".00", "CNY", CLAIMS[random.nextInt(CLAIMS.length)], ""),
                        recorder)));
            }
            if (customer.mood() < 2.2 && random.nextDouble() < 0.6) {
                saved(clock.at(at, () -> lost.create(new LostBusinessForm(id, "PRODUCT_LINE",
                        LINES[random.nextInt(LINES.length)], day.toString(), "客户将该产品线转给竞争对手，原因：质量波动与交期延误",
                        (500_000 + random.nextInt(20) * 100_000) + ".00", "CNY"), recorder)));
            }
        }
    }

    /** The customer takes all its business elsewhere near the end of the half-year (churn). */
    void lost(DemoHalfYear half, DemoCustomer customer, String recorder) {
        saved(clock.at(half.at(0.9, 300), () -> lost.create(new LostBusinessForm(String.valueOf(customer.id()), "CUSTOMER",
                "", half.day(0.9).toString(), "连续质量问题与索赔，客户已将全部车型的供货转给竞争对手", "", "CNY"), recorder)));
    }

    /** Pleased customers praise often (five praises make the full 10 points, SPEC §4.6), unhappy ones never. */
    private static int praises(double mood, Random random) {
        if (mood >= 4.0) {
            return 4 + random.nextInt(2);
        }
        return mood >= 3.5 ? 2 + random.nextInt(3) : mood >= 3 ? random.nextInt(2) : 0;
    }

    private void movement(Instant at, MovementKind kind, MovementForm form) {
        var outcome = clock.at(at, () -> movements.create(kind, Scope.PERIOD, form));
        if (!(outcome instanceof MovementRecords.Saved)) {
            throw new IllegalStateException("A demo " + kind + " was refused: " + outcome);
        }
    }

    private static void saved(Outcome outcome) {
        if (!(outcome instanceof Outcome.Saved)) {
            throw new IllegalStateException("A demo record was refused: " + outcome);
        }
    }
}
