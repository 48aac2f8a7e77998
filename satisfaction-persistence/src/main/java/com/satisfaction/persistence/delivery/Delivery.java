package com.satisfaction.persistence.delivery;

import com.satisfaction.core.period.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Goods delivered to a customer: one lot (unique per customer) or a per-period total. */
@Entity
@Table(name = "delivery")
public class Delivery extends Movement {

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    protected Delivery() {
    }

    private Delivery(long customerId, Instant createdAt) {
        super(customerId, createdAt);
    }

    public static Delivery ofLot(long customerId, String lot, LocalDate day, long quantity, String notes, Instant at) {
        Delivery delivery = new Delivery(customerId, at);
        delivery.changeToLot(customerId, lot, day, quantity, notes, at);
        return delivery;
    }

    public static Delivery periodTotal(long customerId, Period period, long quantity, String notes, Instant at) {
        Delivery delivery = new Delivery(customerId, at);
        delivery.changeToPeriodTotal(customerId, period, quantity, notes, at);
        return delivery;
    }

    public void changeToLot(long customerId, String lot, LocalDate day, long quantity, String notes, Instant at) {
        placeLot(customerId, lot, day);
        count(quantity, notes, at);
    }

    public void changeToPeriodTotal(long customerId, Period period, long quantity, String notes, Instant at) {
        placePeriod(customerId, period);
        count(quantity, notes, at);
    }

    @Override
    protected void setDay(LocalDate day) {
        this.deliveredOn = day;
    }

    @Override
    public LocalDate getDay() {
        return deliveredOn;
    }
}
