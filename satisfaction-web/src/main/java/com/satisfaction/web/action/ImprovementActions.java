package com.satisfaction.web.action;

import com.satisfaction.core.action.ActionSource;
import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.core.action.AnswerConcern;
import com.satisfaction.core.action.LowAnswers;
import com.satisfaction.core.action.Transition;
import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.action.ActionEvent;
import com.satisfaction.persistence.action.ImprovementAction;
import com.satisfaction.persistence.action.ImprovementActionRepository;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.response.QuestionAnswer;
import com.satisfaction.persistence.response.Response;
import com.satisfaction.persistence.response.ResponseRepository;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.action.ActionViews.ActionView;
import com.satisfaction.web.action.ActionViews.AnswerRef;
import com.satisfaction.web.action.ActionViews.ComplaintRef;
import com.satisfaction.web.action.ActionViews.EventView;
import com.satisfaction.web.action.ActionViews.FlagRef;
import com.satisfaction.web.action.ActionViews.ListPage;
import com.satisfaction.web.action.ActionViews.OwnerChoice;
import com.satisfaction.web.action.ActionViews.SourceView;
import jakarta.persistence.criteria.Predicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Creating, changing, moving and deleting improvement actions, and the views of them, each in one transaction. The
 * source of a new action is looked up again here, whatever the form says: a complaint that does not exist, an answer
 * that is not in its response, or an answer that is neither low nor a suggestion is refused.
 */
@Service
public class ImprovementActions {

    /** What became of a change: saved (with the action's id), or refused with the field (null: the form) and message. */
    public sealed interface Outcome permits Saved, Refused {
    }

    public record Saved(long actionId) implements Outcome {
    }

    public record Refused(String field, String messageKey) implements Outcome {
    }

    /** Refused: the action changed since the page was shown (another click or another manager came first). */
    static final String CHANGED = "actions.refused.changed";
    /** The longest note of a step, as the columns hold it. */
    static final int LONGEST_NOTE = 4000;

    private final ImprovementActionRepository actions;
    private final UserAccountRepository users;
    private final ResponseRepository responses;
    private final CustomerRepository customers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImprovementActions(ImprovementActionRepository actions, UserAccountRepository users, ResponseRepository responses,
                       CustomerRepository customers, TransactionTemplate transaction, Clock clock) {
        this.actions = actions;
        this.users = users;
        this.responses = responses;
        this.customers = customers;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ListPage search(ActionSearch search) {
        LocalDate today = LocalDate.now(clock);
        Page<ImprovementAction> page = actions.findAll(matching(search, today), PageRequest.of(search.pageNumber(),
                ActionSearch.PAGE_SIZE, Sort.by("dueDate", "id")));
        List<LinkedAction> rows = page.getContent().stream().map(action -> new LinkedAction(action.getId(),
                action.getTitle(), action.getSource(), action.getStatus(), action.getOwnerDepartment(),
                action.getOwner() == null ? null : action.getOwner().getDisplayName(), action.getDueDate(),
                action.isOverdue(today))).toList();
        return new ListPage(rows, page.getNumber(), page.getTotalPages(), page.getTotalElements(), ownerChoices(),
                actions.departments());
    }

    @Transactional(readOnly = true)
    Optional<ActionView> show(long id, Language language) {
        LocalDate today = LocalDate.now(clock);
        return actions.findWithOwner(id).map(action -> view(action, language, today));
    }

    /** The people an action can be given to: enabled users, by name. */
    @Transactional(readOnly = true)
    List<OwnerChoice> owners() {
        return ownerChoices();
    }

    /** The user's id, to make them the owner of a new action by default. */
    @Transactional(readOnly = true)
    Optional<Long> userId(String username) {
        return users.findByUsername(username).map(UserAccount::getId);
    }

    /** The source a new action's form names, as its page shows it; empty when it names one that is not there. */
    @Transactional(readOnly = true)
    Optional<SourceView> source(ActionForm form, Language language) {
        if (form.complaint().isPresent() && form.response().isEmpty() && form.question().isEmpty()) {
            return actions.complaint(form.complaint().get()).map(complaint -> new SourceView(
                    ActionSource.COMPLAINT,
                    new ComplaintRef(complaint.getId(), complaint.getCustomerName(), complaint.getDescription()),
                    null, null));
        }
        if (form.complaint().isEmpty() && form.response().isPresent() && form.question().isPresent()) {
            return answer(form.response().get(), form.question().get(), language)
                    .filter(answer -> answer.concern() != null)
                    .map(answer -> new SourceView(answer.concern().source(), null, answer, null));
        }
        if (form.namesAFlag()) {
            return form.complaint().isEmpty() && form.response().isEmpty() && form.question().isEmpty()
                    ? flag(form.flagPeriod(), form.flagCustomer(), form.flagCode()) : Optional.empty();
        }
        return form.namesASource() ? Optional.empty() : Optional.of(SourceView.manual());
    }

    /**
     * A review flag of a customer's half-year as an action's source; empty unless the period is a half-year
     * ({@code 2026-H1}), the customer is in the register and the flag is one the composite raises.
     */
    private Optional<SourceView> flag(String period, Optional<Long> customerId, String code) {
        Optional<Period> half = halfYear(period);
        boolean known = code != null && Arrays.stream(ReviewFlag.values()).anyMatch(f -> f.name().equals(code));
        if (half.isEmpty() || customerId.isEmpty() || !known) {
            return Optional.empty();
        }
        return customers.findById(customerId.get()).map(customer -> new SourceView(ActionSource.FLAG, null, null,
                new FlagRef(half.get().toString(), customer.getId(), customer.getName(), code)));
    }

    private static Optional<Period> halfYear(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Period.of(text));
        } catch (IllegalArgumentException notAHalfYear) {
            return Optional.empty();
        }
    }

    /**
     * Creates the action from the form, made from the source it names, with {@code username} as its creator. A form
     * posted again with the same submission key (a double click, also when the two posts race) finds the first action.
     */
    public Outcome create(ActionForm form, String username) {
        try {
            return createOnce(form, username);
        } catch (DataIntegrityViolationException raced) {
            return form.key().flatMap(actions::idBySubmissionKey).<Outcome>map(Saved::new).orElseThrow(() -> raced);
        }
    }

    private Outcome createOnce(ActionForm form, String username) {
        return transaction.execute(status -> {
            Optional<Long> existing = form.key().flatMap(actions::idBySubmissionKey);
            if (existing.isPresent()) {
                return new Saved(existing.get());
            }
            UserAccount creator = users.findByUsername(username).orElseThrow();
            Optional<UserAccount> owner = enabledOwner(form);
            if (owner.isEmpty()) {
                return new Refused("ownerId", "actions.owner.unknown");
            }
            Optional<SourceView> source = source(form, Language.ZH);
            if (source.isEmpty()) {
                return new Refused(null, "actions.source.unknown");
            }
            ImprovementAction action = switch (source.get().kind()) {
                case COMPLAINT -> ImprovementAction.fromComplaint(source.get().complaint().id(), creator, clock.instant());
                case SURVEY_ANSWER, SUGGESTION -> ImprovementAction.fromAnswer(source.get().answer().concern(),
                        source.get().answer().responseId(), source.get().answer().questionId(), creator, clock.instant());
                case MANUAL -> ImprovementAction.manual(creator, clock.instant());
                case FLAG -> ImprovementAction.fromFlag(Period.of(source.get().flag().period()),
                        source.get().flag().customerId(), source.get().flag().code(), creator, clock.instant());
            };
            describe(action, form, owner.get());
            form.key().ifPresent(action::submittedWith);
            return new Saved(actions.saveAndFlush(action).getId());
        });
    }

    /** Changes what the action says, who owns it and when it is due; its source and status stay. */
    Outcome update(long id, ActionForm form) {
        return transaction.execute(status -> {
            ImprovementAction action = actions.findById(id).orElseThrow();
            Optional<UserAccount> owner = enabledOwner(form);
            if (owner.isEmpty()) {
                return new Refused("ownerId", "actions.owner.unknown");
            }
            describe(action, form, owner.get());
            return new Saved(id);
        });
    }

    /**
     * Moves the action from {@code from} (the status its page showed) to {@code to} with {@code text}, as the core's
     * lifecycle allows. A page shown before another change (a double click, another manager) is refused, also when
     * the two changes race: the row's version decides.
     */
    public Transition move(long id, ActionStatus from, ActionStatus to, String text, String username) {
        if (text != null && text.strip().codePointCount(0, text.strip().length()) > LONGEST_NOTE) {
            return new Transition.Refused("actions.note.size");
        }
        try {
            return transaction.execute(status -> {
                ImprovementAction action = actions.findById(id).orElseThrow();
                if (action.getStatus() != from) {
                    return new Transition.Refused(CHANGED);
                }
                Transition transition = action.move(to, text, users.findByUsername(username).orElseThrow(),
                        clock.instant());
                actions.flush();
                return transition;
            });
        } catch (OptimisticLockingFailureException raced) {
            return new Transition.Refused(CHANGED);
        }
    }

    /** Deletes the action with its history. */
    @Transactional
    void delete(long id) {
        actions.delete(actions.findById(id).orElseThrow());
    }

    private Optional<UserAccount> enabledOwner(ActionForm form) {
        return form.owner().flatMap(users::findById).filter(UserAccount::isEnabled);
    }

    private void describe(ImprovementAction action, ActionForm form, UserAccount owner) {
        action.describe(form.title(), form.description() == null || form.description().isEmpty() ? null
                : form.description(), form.ownerDepartment(), owner, form.due().orElseThrow());
    }

    private List<OwnerChoice> ownerChoices() {
        return users.findAllByOrderByUsernameAsc().stream().filter(UserAccount::isEnabled)
                .map(user -> new OwnerChoice(user.getId(), user.getDisplayName()))
                .sorted(Comparator.comparing(OwnerChoice::name)).toList();
    }

    /** One answer of a response as an action's source shows it; empty when the response has no such answer. */
    private Optional<AnswerRef> answer(long responseId, long questionId, Language language) {
        Optional<Response> found = responses.findById(responseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Response response = found.get();
        Optional<QuestionAnswer> stored = response.getAnswers().stream()
                .filter(answer -> answer.getQuestion().getId() == questionId).findFirst();
        return stored.map(answer -> {
            var definition = answer.getQuestion().toDefinition();
            AnswerConcern concern = LowAnswers.concernOf(definition, new Answer(answer.getNumericValue(),
                    answer.getExpectedValue(), answer.getTextValue(), null)).orElse(null);
            String customer = response.getCustomerId() == null ? response.getRecipient().getLabel()
                    : customers.findById(response.getCustomerId()).map(Customer::getName).orElse(null);
            return new AnswerRef(response.getRecipient().getSurvey().getId(), responseId, questionId, customer,
                    definition.text().in(language), definition.type(),
                    answer.getNumericValue(), definition.scale() == null ? 0 : definition.scale().max(),
                    answer.getTextValue(), concern);
        });
    }

    private ActionView view(ImprovementAction action, Language language, LocalDate today) {
        List<EventView> events = new ArrayList<>();
        for (ActionEvent event : action.getEvents()) {
            events.add(new EventView(event.getOccurredAt(), event.getActor().getDisplayName(),
                    event.from().orElse(null), event.getToStatus(), event.getNote()));
        }
        UserAccount owner = action.getOwner();
        return new ActionView(action.getId(), action.getTitle(), action.getDescription(), sourceOf(action, language),
                action.getOwnerDepartment(), owner == null ? null : owner.getId(),
                owner == null ? null : owner.getDisplayName(), action.getDueDate(), action.getStatus(),
                action.isOverdue(today), action.getResult(), action.getEffectivenessNote(),
                action.getCreatedBy().getDisplayName(), action.getCreatedAt(), events, action.getStatus().reachable());
    }

    private SourceView sourceOf(ImprovementAction action, Language language) {
        return switch (action.getSource()) {
            case MANUAL -> SourceView.manual();
            case COMPLAINT -> new SourceView(action.getSource(), actions.complaint(action.getComplaintId())
                    .map(c -> new ComplaintRef(c.getId(), c.getCustomerName(), c.getDescription()))
                    .orElse(new ComplaintRef(action.getComplaintId(), null, null)), null, null);
            case SURVEY_ANSWER, SUGGESTION -> new SourceView(action.getSource(), null,
                    answer(action.getResponseId(), action.getQuestionId(), language).orElseThrow(), null);
            case FLAG -> new SourceView(action.getSource(), null, null, new FlagRef(action.getFlagPeriod(),
                    action.getFlagCustomerId(), customers.findById(action.getFlagCustomerId()).map(Customer::getName)
                    .orElse(null), action.getFlagCode()));
        };
    }

    /** SQL for the filters; paged by the database. Overdue: unfinished and due before today. */
    private static Specification<ImprovementAction> matching(ActionSearch search, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (search.statusFilter() != null) {
                all.add(cb.equal(root.get("status"), search.statusFilter()));
            }
            if (search.sourceFilter() != null) {
                all.add(cb.equal(root.get("source"), search.sourceFilter()));
            }
            if (search.ownerFilter() != null) {
                all.add(cb.equal(root.get("owner").get("id"), search.ownerFilter()));
            }
            if (search.department() != null) {
                all.add(cb.equal(root.get("ownerDepartment"), search.department()));
            }
            if (search.overdueOnly()) {
                all.add(root.get("status").in(ActionStatus.UNFINISHED));
                all.add(cb.lessThan(root.get("dueDate"), today));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
