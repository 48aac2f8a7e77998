package com.satisfaction.web.action;

import com.satisfaction.core.action.ActionSource;
import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.core.action.AnswerConcern;
import com.satisfaction.core.survey.QuestionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the action pages show, built inside the service's transaction; never entities. */
final class ActionViews {

    private ActionViews() {
    }

    /** One page of the list, with the choices its filters offer. */
    record ListPage(List<LinkedAction> rows, int page, int totalPages, long total, List<OwnerChoice> owners,
                    List<String> departments) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    /** A person an action can be given to. */
    record OwnerChoice(long id, String name) {
    }

    /** Where an action comes from: the kind, and the complaint, the answer or the flag it was made from. */
    record SourceView(ActionSource kind, ComplaintRef complaint, AnswerRef answer, FlagRef flag) {

        static SourceView manual() {
            return new SourceView(ActionSource.MANUAL, null, null, null);
        }
    }

    record ComplaintRef(long id, String customerName, String description) {
    }

    /**
     * One answer of a response: the survey and response (for the link to the manager's response page), the customer
     * (or the test link's label), the question in the reader's language and what was answered.
     */
    record AnswerRef(long surveyId, long responseId, long questionId, String customer, String questionText,
                     QuestionType type, Integer value, int scaleMax, String text, AnswerConcern concern) {
    }

    record FlagRef(String period, long customerId, String customerName, String code) {
    }

    record EventView(Instant at, String actor, ActionStatus from, ActionStatus to, String note) {
    }

    /** An action's page: what, who, when, where it stands, its source, its history and the steps it may take next. */
    record ActionView(long id, String title, String description, SourceView source, String ownerDepartment,
                      Long ownerId, String ownerName, LocalDate dueDate, ActionStatus status, boolean overdue,
                      String result, String effectivenessNote, String createdBy, Instant createdAt,
                      List<EventView> events, List<ActionStatus> steps) {

        ActionForm toForm() {
            return new ActionForm(title, description, ownerDepartment, ownerId == null ? "" : ownerId.toString(),
                    dueDate.toString(), "", "", "", "", "", "", "");
        }
    }
}
