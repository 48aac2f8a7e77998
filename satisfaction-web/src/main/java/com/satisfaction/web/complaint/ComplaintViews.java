package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.Channel;
import com.satisfaction.core.complaint.ComplaintStatus;
import com.satisfaction.core.complaint.Effectiveness;
import com.satisfaction.core.complaint.Severity;
import com.satisfaction.core.complaint.Transition;
import com.satisfaction.persistence.complaint.EventKind;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** What the complaint pages show, built inside a service's transaction; never entities. Public for the templates. */
final class ComplaintViews {

    private ComplaintViews() {
    }

    /** One line of the list. */
    record Row(long id, LocalDateTime receivedAt, String customerCode, String customerName, Category category,
               Severity severity, ComplaintStatus status, String ownerName, boolean overdue, String summary) {
    }

    record ListPage(List<Row> rows, int page, int totalPages, long total) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    record Choice(long id, String label) {
    }

    /** A customer to pick, with its contacts. */
    record CustomerChoice(long id, String label, List<Choice> contacts) {
    }

    /** What the list's filters offer. */
    record Filters(List<Choice> customers, List<Choice> owners, List<String> periods) {
    }

    /** One row of a complaint's history; {@code fields} are the fields an edit changed. */
    record EventRow(LocalDateTime at, String actor, EventKind kind, ComplaintStatus fromStatus, ComplaintStatus toStatus,
                    String fromOwner, String toOwner, String note, List<String> fields) {
    }

    /** The survey answer a complaint was made from: a link to the response's page. */
    record Source(long surveyId, long responseId) {
    }

    /** A time against its target: how long it took (null: not yet), the target, and whether it was met. */
    record TimeAgainstTarget(Duration took, Duration target, LocalDateTime deadline, Boolean met) {
    }

    /** A complaint's page. */
    record Page(long id, long version, long customerId, String customerCode, String customerName, String contactName,
                String contactEmail, String contactPhone, Channel channel, Category category, Severity severity,
                String description, LocalDateTime receivedAt, ComplaintStatus status, String firstResponder,
                long ownerId, String owner, String rootCause, String correctiveAction, Integer handlingSatisfaction,
                Effectiveness effectiveness, String evidence, LocalDateTime acknowledgedAt, LocalDateTime resolvedAt,
                LocalDateTime closedAt, TimeAgainstTarget response, TimeAgainstTarget resolution, boolean overdue,
                List<Transition> nextSteps, List<Choice> handlers, boolean deletable, Source source,
                List<EventRow> history) {

        public boolean isClosed() {
            return status == ComplaintStatus.CLOSED;
        }
    }

    /** What the record and edit forms offer. */
    record FormChoices(List<CustomerChoice> customers) {
    }

    /** The edit form's complaint: fixed customer, its contacts. */
    record Editing(long id, String customerLabel, ComplaintStatus status, List<Choice> contacts) {
    }
}
