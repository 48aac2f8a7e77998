package com.satisfaction.web.demo;

import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.core.action.Transition;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.web.action.ActionForm;
import com.satisfaction.web.action.ImprovementActions;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A half-year's improvement actions (PDCA): made from complaints, from review flags of the least pleased customers
 * and by hand. A past half-year's actions are verified; the current one has an action in each status, one sent back
 * from DONE to IN_PROGRESS by a failed verification, and one overdue.
 */
@DemoOnly
@Component
class DemoActions {

    /** Actions a manager starts by hand (title, description, department), one per half-year in turn. */
    private static final String[][] BY_HAND = {
            {"更新产品型录与网站查询功能", "客户建议：产品查询不便，改版产品型录并上线在线查询。", "市场部"},
            {"缩短新品开发周期：导入 APQP 看板", "客户建议：新品推出速度偏慢。", "技术部"},
            {"业务员每周主动反馈订单进度", "客户建议：希望更主动地了解订单进度。", "销售部"}};

    private final ImprovementActions actions;
    private final DemoClock clock;

    DemoActions(ImprovementActions actions, DemoClock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    void plan(DemoHalfYear half, List<DemoCustomer> customers, List<DemoComplaints.Recorded> complaints, long ownerId, String manager) {
        String period = half.period().toString();
        List<DemoCustomer> leastPleased = customers.stream().sorted(Comparator.comparingDouble(DemoCustomer::mood)).toList();
        boolean past = half.past();
        DemoCustomer worst = leastPleased.get(0);
        DemoCustomer second = leastPleased.get(1);
        DemoComplaints.Recorded first = complaints.get(0);
        DemoComplaints.Recorded next = complaints.get(1);
        make(half, 0.35, form(first.action(), "由客户投诉引出的纠正与预防措施。", first.department(), ownerId,
                due(half, 0.8), first.id(), null, period + "-c0"),
                past ? ActionStatus.VERIFIED : ActionStatus.DONE, false, manager);
        make(half, 0.45, form(next.action(), "由客户投诉引出的纠正与预防措施。", next.department(), ownerId,
                due(half, 0.85), next.id(), null, period + "-c1"),
                past ? ActionStatus.VERIFIED : ActionStatus.IN_PROGRESS, false, manager);
        make(half, 0.5, form("检讨调查表项目：" + worst.name(), "客户满意度低于检讨线，走访客户并检讨调查项目。", "质量部",
                ownerId, due(half, 0.9), null, new Flag(period, worst.id(), ReviewFlag.REVIEW_SURVEY_ITEMS), period + "-f0"),
                ActionStatus.VERIFIED, false, manager);
        make(half, 0.55, form("总经理检讨会议：" + second.name(), "退货与索赔扣分，召开管理评审会议。", "总经理室",
                ownerId, due(half, 0.9), null, new Flag(period, second.id(), ReviewFlag.MANAGEMENT_REVIEW_MEETING),
                period + "-f1"), past ? ActionStatus.VERIFIED : ActionStatus.IN_PROGRESS, !past, manager);
        // in the current half-year: still open and already past its due date, so the overdue list has one
        String[] byHand = BY_HAND[(half.period().year() * 2 + half.period().half().ordinal()) % BY_HAND.length];
        make(half, 0.6, form(byHand[0], byHand[1], byHand[2], ownerId,
                past ? due(half, 0.9) : LocalDate.ofInstant(half.until(), half.zone()).minusDays(3), null, null,
                period + "-m0"), past ? ActionStatus.VERIFIED : ActionStatus.OPEN, false, manager);
    }

    private record Flag(String period, long customerId, ReviewFlag code) {
    }

    private static ActionForm form(String title, String description, String department, long ownerId, LocalDate due,
                                   Long complaintId, Flag flag, String key) {
        return new ActionForm(title, description, department, String.valueOf(ownerId), due.toString(),
                complaintId == null ? "" : complaintId.toString(), "", "", flag == null ? "" : flag.period(),
                flag == null ? "" : String.valueOf(flag.customerId()), flag == null ? "" : flag.code().name(),
                "demo-" + key);
    }

    private static LocalDate due(DemoHalfYear half, double share) {
        return half.past() ? half.day(share) : half.period().endDate();
    }

    /** Creates the action at {@code share} of the half-year and moves it on, a week a step, to {@code until}. */
    private void make(DemoHalfYear half, double share, ActionForm form, ActionStatus until, boolean sentBack,
                      String manager) {
        Instant at = half.at(share, 90);
        var created = clock.at(at, () -> actions.create(form, manager));
        if (!(created instanceof ImprovementActions.Saved saved)) {
            throw new IllegalStateException("A demo action was refused: " + created);
        }
        ActionStatus status = ActionStatus.OPEN;
        while (status != until || sentBack) {
            ActionStatus next = status == ActionStatus.DONE && sentBack ? ActionStatus.IN_PROGRESS : status.next().orElseThrow();
            sentBack &= !(status == ActionStatus.DONE);
            at = at.plus(7, ChronoUnit.DAYS);
            Instant moment = at.isBefore(half.until()) ? at : half.until().minusSeconds(60);
            ActionStatus from = status;
            Transition moved = clock.at(moment, () -> actions.move(saved.actionId(), from, next, text(next, from), manager));
            if (moved instanceof Transition.Refused refused) {
                throw new IllegalStateException("A demo action could not move to " + next + ": " + refused);
            }
            status = next;
        }
    }

    private static String text(ActionStatus to, ActionStatus from) {
        return switch (to) {
            case IN_PROGRESS -> from == ActionStatus.DONE ? "验证未通过：同类问题再次发生，继续整改" : "已开始实施";
            case DONE -> "措施已实施完成，附作业指导书更新记录";
            case VERIFIED -> "连续三个月跟踪，问题未再发生，措施有效";
            case OPEN -> "";
        };
    }
}
