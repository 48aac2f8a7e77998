package com.satisfaction.web.demo;

import com.satisfaction.core.complaint.ComplaintStatus;
import com.satisfaction.core.complaint.Transition;
import com.satisfaction.web.complaint.Change;
import com.satisfaction.web.complaint.ComplaintForm;
import com.satisfaction.web.complaint.ComplaintHandling;
import com.satisfaction.web.complaint.ComplaintRecords;
import com.satisfaction.web.complaint.StepForm;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A half-year's complaints from the less pleased customers, recorded and handled step by step (SPEC §5). In a past
 * half-year every complaint is closed, one after a re-opening; in the current one a complaint stands at each status,
 * and one re-opened complaint is under investigation again.
 */
@DemoOnly
@Component
class DemoComplaints {

    private record Complaint(String channel, String category, String severity, String description, String rootCause,
                             String correction, String action, String department) {
    }

    /** A recorded complaint and the improvement action it calls for. */
    record Recorded(long id, String action, String department) {
    }

    private static final Complaint[] COMPLAINTS = {
            new Complaint("EMAIL", "QUALITY", "HIGH", "来料检验发现制动卡钳批次 2 件尺寸超差，要求 8D 报告。",
                    "模具磨损导致尺寸漂移，巡检频次不足", "更换模具镶件，首件检验 + 每 2 小时巡检，更新控制计划",
                    "8D：制动卡钳尺寸超差的纠正措施", "质量部"),
            new Complaint("PHONE", "DELIVERY", "MEDIUM", "本周订单延迟 3 天到货，影响总装排产。",
                    "热处理外协产能不足，排产未预留缓冲", "增加第二家热处理供应商，安全库存提高到 3 天",
                    "交付延误：建立紧急订单快速通道", "物流部"),
            new Complaint("VISIT", "PACKAGING", "LOW", "包装箱受潮变形，部分零件表面锈蚀。",
                    "雨季仓储湿度过高，包装无防潮措施", "增加防锈油与防潮内衬，仓库加装除湿机",
                    "包装改进：防潮内衬与托盘缠绕膜", "物流部"),
            new Complaint("EMAIL", "SERVICE", "MEDIUM",
                    "Quality claim answered late; we expected a first reply within 24 hours.",
                    "投诉登记后未指定负责人，邮件在节假日无人处理", "投诉登记即指定负责人，节假日设值班邮箱",
                    "客户投诉 24 小时首次答复机制", "质量部"),
            new Complaint("PHONE", "QUALITY", "CRITICAL", "装车后发现电子驻车控制器功能失效，已造成客户投诉。",
                    "供应商更换电容料号未通知，耐温不足", "恢复原料号，变更管理纳入供应商协议，全检在库品",
                    "8D：电子驻车控制器功能失效", "质量部"),
            new Complaint("OTHER", "PRICE", "LOW", "年度降价承诺未在新报价中体现。",
                    "报价模板未更新年度降价条款", "重新报价并补差，报价审核加入年度协议核对",
                    "年度降价条款纳入报价审核清单", "销售部"),
            new Complaint("EMAIL", "DELIVERY", "HIGH",
                    "Wrong part numbers delivered to our Tianjin plant; line stopped for 40 minutes.",
                    "相似零件混放，发货未扫码核对", "分区存放相似零件，发货扫码与订单自动比对",
                    "防错：发货扫码核对零件号", "物流部")};

    /** Where each complaint of the current half-year stops; the last one is re-opened on the way. */
    private static final List<ComplaintStatus> CURRENT = List.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED,
            ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED,
            ComplaintStatus.INVESTIGATING);

    private final ComplaintRecords records;
    private final ComplaintHandling handling;
    private final JdbcTemplate jdbc;
    private final DemoClock clock;

    DemoComplaints(ComplaintRecords records, ComplaintHandling handling, JdbcTemplate jdbc, DemoClock clock) {
        this.records = records;
        this.handling = handling;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records and handles the half-year's complaints; returns them in the order received. */
    List<Recorded> record(DemoHalfYear half, List<DemoCustomer> customers, String handler, Random random) {
        List<DemoCustomer> unhappy = customers.stream().filter(c -> c.mood() < 3.5).toList();
        List<Recorded> complaints = new ArrayList<>();
        int count = half.past() ? 5 : CURRENT.size();
        for (int i = 0; i < count; i++) {
            DemoCustomer customer = unhappy.get(random.nextInt(unhappy.size()));
            Complaint complaint = COMPLAINTS[random.nextInt(COMPLAINTS.length)];
            // past half-years: received in the first two thirds, so that handling ends inside the half-year
            Instant received = half.at(half.past() ? 0.05 + i * 0.12 : 0.3 + i * 0.08, 60 + random.nextInt(400));
            String receivedAt = LocalDateTime.ofInstant(received, half.zone()).truncatedTo(ChronoUnit.MINUTES).toString();
            Instant entered = received.plus(2, ChronoUnit.HOURS);
            var form = new ComplaintForm(String.valueOf(customer.id()), "", complaint.channel(), complaint.category(),
                    complaint.severity(), complaint.description(), receivedAt, "", "", "");
            long id = done(clock.at(entered, () -> records.create(form, handler)));
            complaints.add(new Recorded(id, complaint.action(), complaint.department()));
            boolean reopened = half.past() ? i == 1 : i == count - 1;
            List<Transition> steps = steps(half.past() ? ComplaintStatus.CLOSED : CURRENT.get(i), reopened);
            Instant at = entered;
            for (Transition step : steps) {
                at = at.plus(half.past() ? 2 + random.nextInt(4) : 1, ChronoUnit.DAYS);
                Instant moment = at.isBefore(half.until()) ? at : half.until().minusSeconds(60);
                take(id, step, complaint, moment, handler);
            }
        }
        return complaints;
    }

    private static List<Transition> steps(ComplaintStatus target, boolean reopened) {
        List<Transition> steps = new ArrayList<>();
        ComplaintStatus status = ComplaintStatus.RECEIVED;
        boolean reopenDone = !reopened;
        while (status != target || !reopenDone) {
            Transition next = status == ComplaintStatus.FOLLOWED_UP && !reopenDone ? Transition.REOPEN
                    : Transition.from(status).get(0);
            reopenDone |= next == Transition.REOPEN;
            steps.add(next);
            status = next.to();
        }
        return steps;
    }

    private void take(long id, Transition step, Complaint complaint, Instant at, String handler) {
        long version = jdbc.queryForObject("SELECT version FROM complaint WHERE id = ?", Long.class, id);
        var form = new StepForm(step.name(), String.valueOf(version), note(step), complaint.rootCause(),
                complaint.correction(), "4", "EFFECTIVE", "措施实施后回访客户确认，连续 3 批未再发生");
        done(clock.at(at, () -> handling.take(id, form, handler)));
    }

    private static String note(Transition step) {
        return step == Transition.REOPEN ? "客户回访时反映问题再次出现，重新调查" : "";
    }

    private static long done(Change change) {
        if (change instanceof Change.Done done) {
            return done.complaintId();
        }
        throw new IllegalStateException("A demo complaint step was refused: " + change);
    }
}
