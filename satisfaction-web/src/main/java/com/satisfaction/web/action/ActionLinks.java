package com.satisfaction.web.action;

import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.persistence.action.ActionRow;
import com.satisfaction.persistence.action.ImprovementActionRepository;
import com.satisfaction.persistence.user.UserAccountRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Actions as other features' pages show them: those made from a response or a complaint (linked both ways), and the
 * overdue ones of the home page — an owner's own, and every one for the quality managers.
 */
@Service
public class ActionLinks {

    /** How many overdue actions a home-page block lists before "all …". */
    static final int HOME_ROWS = 10;

    private final ImprovementActionRepository actions;
    private final UserAccountRepository users;
    private final Clock clock;

    ActionLinks(ImprovementActionRepository actions, UserAccountRepository users, Clock clock) {
        this.actions = actions;
        this.users = users;
        this.clock = clock;
    }

    /** The actions made from the answers of one response, oldest first. */
    @Transactional(readOnly = true)
    public List<LinkedAction> madeFromResponse(long responseId) {
        LocalDate today = LocalDate.now(clock);
        return actions.madeFromResponse(responseId).stream().map(row -> LinkedAction.of(row, today)).toList();
    }

    /** The actions made from one complaint, oldest first. */
    @Transactional(readOnly = true)
    public List<LinkedAction> madeFromComplaint(long complaintId) {
        LocalDate today = LocalDate.now(clock);
        return actions.madeFromComplaint(complaintId).stream().map(row -> LinkedAction.of(row, today)).toList();
    }

    /** The overdue actions owned by the user {@code username}; none for an unknown name. */
    @Transactional(readOnly = true)
    public OverdueActions overdueOwnedBy(String username) {
        LocalDate today = LocalDate.now(clock);
        return users.findByUsername(username)
                .map(user -> of(actions.overdueOf(user.getId(), ActionStatus.UNFINISHED, today, first()), today,
                        user.getId()))
                .orElse(OverdueActions.NONE);
    }

    /** Every overdue action, for the quality managers' home page. */
    @Transactional(readOnly = true)
    public OverdueActions overdueForAll() {
        LocalDate today = LocalDate.now(clock);
        return of(actions.overdue(ActionStatus.UNFINISHED, today, first()), today, null);
    }

    private static OverdueActions of(Page<ActionRow> page, LocalDate today,
                                     Long ownerId) {
        return new OverdueActions(page.getContent().stream().map(row -> LinkedAction.of(row, today)).toList(),
                page.getTotalElements(), ownerId);
    }

    private static PageRequest first() {
        return PageRequest.of(0, HOME_ROWS);
    }
}
