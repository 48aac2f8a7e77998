package com.satisfaction.persistence.delivery;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.customer.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a delivery and a return have in common: one customer, either a lot on a day or a per-period total (no lot,
 * the period, its last day as the date), a whole quantity and notes. Audited (Hibernate Envers): every change is kept
 * with who and when; the times of creation and change are the revisions' own, so they are not audited again.
 */
@MappedSuperclass
@Audited
public abstract class Movement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(length = 60)
    private String lot;

    @Column(length = 7)
    private String period;

    @Column(nullable = false)
    private long quantity;

    @Column(length = 1000)
    private String notes;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Movement() {
    }

    protected Movement(Customer customer, Instant createdAt) {
        this.customer = customer;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The day, kept by each kind in its own column. */
    protected abstract void setDay(LocalDate day);

    public abstract LocalDate getDay();

    /** Makes this row the delivery or return of {@code lot} on {@code day}. */
    protected void placeLot(Customer customer, String lot, LocalDate day) {
        this.customer = customer;
        this.lot = lot;
        this.period = null;
        setDay(day);
    }

    /** Makes this row the total of {@code period}, dated its last day. */
    protected void placePeriod(Customer customer, Period period) {
        this.customer = customer;
        this.lot = null;
        this.period = period.toString();
        setDay(period.endDate());
    }

    protected void count(long quantity, String notes, Instant at) {
        this.quantity = quantity;
        this.notes = notes;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    /** The customer's id, read without loading the customer. */
    public long getCustomerId() {
        return customer.getId();
    }

    /** The lot; null for a per-period total. */
    public String getLot() {
        return lot;
    }

    /** The period of a per-period total; null for a lot. */
    public Period getTotalPeriod() {
        return period == null ? null : Period.of(period);
    }

    public boolean isPeriodTotal() {
        return period != null;
    }

    public long getQuantity() {
        return quantity;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
