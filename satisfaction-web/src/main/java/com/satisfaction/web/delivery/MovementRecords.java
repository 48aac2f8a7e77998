package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.delivery.DateSpan;
import com.satisfaction.persistence.delivery.Delivery;
import com.satisfaction.persistence.delivery.DeliveryRepository;
import com.satisfaction.persistence.delivery.Movement;
import com.satisfaction.persistence.delivery.MovementFilter;
import com.satisfaction.persistence.delivery.MovementSums;
import com.satisfaction.persistence.delivery.ProductReturn;
import com.satisfaction.persistence.delivery.ProductReturnRepository;
import com.satisfaction.web.delivery.DeliveryViews.CustomerChoice;
import com.satisfaction.web.delivery.DeliveryViews.ListPage;
import com.satisfaction.web.delivery.DeliveryViews.MovementView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Deliveries and returns typed by hand and the views of them, each in one transaction. Keys are the import's (a lot
 * once per customer; a return once per lot, day and reason; one total per customer, kind and period), and a lot is
 * never counted twice: no per-period total where lots of that kind are dated in the period, and no lot in a period
 * that has a total. The database's constraints decide a race.
 */
@Service
public class MovementRecords {

    /** What became of a change: saved (with its kind and id), or refused with the field and message to show. */
    public sealed interface Outcome permits Saved, Refused {
    }

    public record Saved(MovementKind kind, long id) implements Outcome {
    }

    public record Refused(String field, String messageKey) implements Outcome {
    }

    static final int PERIODS_OFFERED = 12;

    private final DeliveryRepository deliveries;
    private final ProductReturnRepository returns;
    private final CustomerRepository customers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MovementRecords(DeliveryRepository deliveries, ProductReturnRepository returns, CustomerRepository customers,
                    TransactionTemplate transaction, Clock clock) {
        this.deliveries = deliveries;
        this.returns = returns;
        this.customers = customers;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ListPage search(DeliverySearch search) {
        MovementFilter filter = search.filter();
        MovementSums sums = deliveries.sums(filter);
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (sums.rows() + DeliverySearch.PAGE_SIZE - 1) / DeliverySearch.PAGE_SIZE);
        CustomerChoice only = filter.customerId() == null ? null : customers.findById(filter.customerId())
                .map(c -> new CustomerChoice(c.getId(), c.getCode(), c.getName())).orElse(null);
        return new ListPage(deliveries.rows(filter, (long) search.page() * DeliverySearch.PAGE_SIZE, DeliverySearch.PAGE_SIZE),
                search.page(), totalPages, sums, periods(deliveries.dateSpan()), only);
    }

    /** The periods to filter by: the current one and those with rows, newest first, at most {@value #PERIODS_OFFERED}. */
    private List<String> periods(Optional<DateSpan> span) {
        Period current = Period.containing(LocalDate.now(clock));
        Period newest = span.map(s -> Period.containing(s.last())).filter(p -> p.compareTo(current) > 0).orElse(current);
        Period oldest = span.map(s -> Period.containing(s.first())).filter(p -> p.compareTo(current) < 0).orElse(current.previous());
        List<String> periods = new ArrayList<>();
        for (Period p = newest; p.compareTo(oldest) >= 0 && periods.size() < PERIODS_OFFERED; p = p.previous()) {
            periods.add(p.toString());
        }
        return periods;
    }

    @Transactional(readOnly = true)
    List<CustomerChoice> customers() {
        return customers.findAll(Sort.by("code")).stream().map(c -> new CustomerChoice(c.getId(), c.getCode(), c.getName())).toList();
    }

    @Transactional(readOnly = true)
    Optional<MovementView> show(MovementKind kind, long id) {
        return find(kind, id).map(movement -> {
            Customer customer = customers.findById(movement.getCustomerId()).orElseThrow();
            return new MovementView(kind, id, customer.getId(), customer.getCode(), customer.getName(), movement.getLot(),
                    movement.isPeriodTotal() ? movement.getTotalPeriod().toString() : null, movement.getDay(),
                    movement.getQuantity(), movement instanceof ProductReturn r ? r.getDefectReason() : null,
                    movement.getNotes(), movement.getCreatedAt(), movement.getUpdatedAt());
        });
    }

    /** Stores a new row of {@code kind}; the form has passed its checks. */
    public Outcome create(MovementKind kind, Scope scope, MovementForm form) {
        return save(kind, scope, null, form);
    }

    /** Changes a stored row; its kind and scope stay. */
    Outcome update(MovementKind kind, long id, MovementForm form) {
        Scope scope = transaction.execute(status -> find(kind, id).map(m -> m.isPeriodTotal() ? Scope.PERIOD : Scope.LOT))
                .orElseThrow();
        return save(kind, scope, id, form);
    }

    /** Deletes the row; false when there is none. */
    @Transactional
    boolean delete(MovementKind kind, long id) {
        Optional<? extends Movement> movement = find(kind, id);
        movement.ifPresent(m -> {
            if (m instanceof Delivery d) {
                deliveries.delete(d);
            } else {
                returns.delete((ProductReturn) m);
            }
        });
        return movement.isPresent();
    }

    private Outcome save(MovementKind kind, Scope scope, Long id, MovementForm form) {
        try {
            return transaction.execute(status -> {
                long customer = form.customer();
                if (!customers.existsById(customer)) {
                    return new Refused("customerId", "deliveries.customer.unknown");
                }
                Optional<Refused> refused = scope == Scope.LOT ? lotConflict(kind, id, form) : periodConflict(kind, id, form);
                if (refused.isPresent()) {
                    return refused.get();
                }
                return new Saved(kind, write(kind, scope, id, form));
            });
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("uk_delivery_lot")) {
                return new Refused("lot", "deliveries.lot.taken");
            }
            if (message.contains("uk_product_return_lot")) {
                return new Refused("lot", "deliveries.return.taken");
            }
            if (message.contains("uk_delivery_period") || message.contains("uk_product_return_period")) {
                return new Refused("period", "deliveries.period.taken");
            }
            throw e;
        }
    }

    private Optional<Refused> lotConflict(MovementKind kind, Long id, MovementForm form) {
        long customer = form.customer();
        Period period = Period.containing(form.date());
        boolean total = kind == MovementKind.DELIVERY ? deliveries.existsByCustomerIdAndPeriod(customer, period.toString())
                : returns.existsByCustomerIdAndPeriod(customer, period.toString());
        if (total) {
            return Optional.of(new Refused("day", "deliveries.lot.periodTotal"));
        }
        Optional<Long> same = kind == MovementKind.DELIVERY
                ? deliveries.findByCustomerIdAndLot(customer, form.lot()).map(Movement::getId)
                : returns.findByLot(customer, form.lot(), form.date(), form.reason())
                        .map(Movement::getId);
        return same.filter(other -> !other.equals(id)).map(other -> new Refused("lot",
                kind == MovementKind.DELIVERY ? "deliveries.lot.taken" : "deliveries.return.taken"));
    }

    private Optional<Refused> periodConflict(MovementKind kind, Long id, MovementForm form) {
        long customer = form.customer();
        Period period = form.totalPeriod().orElseThrow();
        if (deliveries.hasLotsIn(kind, customer, period)) {
            return Optional.of(new Refused("period", "deliveries.period.hasLots"));
        }
        Optional<Long> same = kind == MovementKind.DELIVERY
                ? deliveries.findByCustomerIdAndPeriod(customer, period.toString()).map(Movement::getId)
                : returns.findByCustomerIdAndPeriod(customer, period.toString()).map(Movement::getId);
        return same.filter(other -> !Objects.equals(other, id)).map(other -> new Refused("period", "deliveries.period.taken"));
    }

    private long write(MovementKind kind, Scope scope, Long id, MovementForm form) {
        var now = clock.instant();
        Customer customer = customers.getReferenceById(form.customer());
        if (kind == MovementKind.DELIVERY) {
            Delivery delivery = id == null ? null : deliveries.findById(id).orElseThrow();
            if (scope == Scope.LOT) {
                delivery = delivery == null ? Delivery.ofLot(customer, form.lot(), form.date(), form.units(), form.note(), now)
                        : change(delivery, d -> d.changeToLot(customer, form.lot(), form.date(), form.units(), form.note(), now));
            } else {
                Period period = form.totalPeriod().orElseThrow();
                delivery = delivery == null ? Delivery.periodTotal(customer, period, form.units(), form.note(), now)
                        : change(delivery, d -> d.changeToPeriodTotal(customer, period, form.units(), form.note(), now));
            }
            return deliveries.saveAndFlush(delivery).getId();
        }
        ProductReturn productReturn = id == null ? null : returns.findById(id).orElseThrow();
        if (scope == Scope.LOT) {
            productReturn = productReturn == null
                    ? ProductReturn.ofLot(customer, form.lot(), form.date(), form.units(), form.reason(), form.note(), now)
                    : change(productReturn, r -> r.changeToLot(customer, form.lot(), form.date(), form.units(), form.reason(), form.note(), now));
        } else {
            Period period = form.totalPeriod().orElseThrow();
            productReturn = productReturn == null
                    ? ProductReturn.periodTotal(customer, period, form.units(), form.reason(), form.note(), now)
                    : change(productReturn, r -> r.changeToPeriodTotal(customer, period, form.units(), form.reason(), form.note(), now));
        }
        return returns.saveAndFlush(productReturn).getId();
    }

    private static <T> T change(T row, java.util.function.Consumer<T> change) {
        change.accept(row);
        return row;
    }

    private Optional<? extends Movement> find(MovementKind kind, long id) {
        return kind == MovementKind.DELIVERY ? deliveries.findById(id) : returns.findById(id);
    }
}
