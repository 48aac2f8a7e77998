package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.ComplaintStatus;
import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.core.complaint.Severity;
import com.satisfaction.persistence.complaint.ComplaintFilter;
import com.satisfaction.persistence.complaint.ComplaintQueries;
import com.satisfaction.persistence.complaint.ComplaintRepository;
import com.satisfaction.persistence.user.UserAccountRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The overdue complaints a user owns, for their home page (at most {@value #SHOWN}, oldest first). */
@Service
public class OverdueComplaints {

    static final int SHOWN = 20;

    /** One overdue complaint as the home page lists it. */
    public record Line(long id, String customer, Category category, Severity severity, ComplaintStatus status,
                       LocalDateTime receivedAt) {
    }

    private final ComplaintRepository complaints;
    private final UserAccountRepository users;
    private final HandlingTargets targets;
    private final Clock clock;

    OverdueComplaints(ComplaintRepository complaints, UserAccountRepository users, HandlingTargets targets, Clock clock) {
        this.complaints = complaints;
        this.users = users;
        this.targets = targets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Line> ownedBy(String username) {
        Instant now = clock.instant();
        return users.findByUsername(username).map(user -> complaints.findAll(
                ComplaintQueries.matching(ComplaintFilter.overdueOf(user.getId()), targets, now, clock.getZone()),
                PageRequest.of(0, SHOWN, Sort.by("receivedAt", "id"))).map(c -> new Line(c.getId(),
                c.getCustomer().getName(), c.getCategory(), c.getSeverity(), c.getStatus(),
                LocalDateTime.ofInstant(c.getReceivedAt(), clock.getZone()))).getContent()).orElse(List.of());
    }
}
