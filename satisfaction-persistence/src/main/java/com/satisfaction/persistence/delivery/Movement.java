package com.satisfaction.persistence.delivery;

import com.satisfaction.core.period.Period;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a delivery and a return have in common: one customer, either a lot on a day or a per-period total (no lot,
 * the period, its last day as the date), a whole quantity and notes. The customer is held by id: the register is
 * another feature, and its customers are never deleted.
 */
@MappedSuperclass
public abstract class Movement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(length = 60)
    private String lot;

    @Column(length = 7)
    private String period;

    @Column(nullable = false)
    private long quantity;

    @Column(length = 1000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Movement() {
    }

    protected Movement(long customerId, Instant createdAt) {
        this.customerId = customerId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The day, kept by each kind in its own column. */
    protected abstract void setDay(LocalDate day);

    public abstract LocalDate getDay();

    /** Makes this row the delivery or return of {@code lot} on {@code day}. */
    protected void placeLot(long customerId, String lot, LocalDate day) {
        this.customerId = customerId;
        this.lot = lot;
        this.period = null;
        setDay(day);
    }

    /** Makes this row the total of {@code period}, dated its last day. */
    protected void placePeriod(long customerId, Period period) {
        this.customerId = customerId;
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

    public long getCustomerId() {
        return customerId;
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
