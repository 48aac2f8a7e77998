package com.satisfaction.persistence.delivery;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.customer.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/** Goods delivered to a customer: one lot (unique per customer) or a per-period total. */
@Entity
@Audited
@Table(name = "delivery")
public class Delivery extends Movement {

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    protected Delivery() {
    }

    private Delivery(Customer customer, Instant createdAt) {
        super(customer, createdAt);
    }

    public static Delivery ofLot(Customer customer, String lot, LocalDate day, long quantity, String notes, Instant at) {
        Delivery delivery = new Delivery(customer, at);
        delivery.changeToLot(customer, lot, day, quantity, notes, at);
        return delivery;
    }

    public static Delivery periodTotal(Customer customer, Period period, long quantity, String notes, Instant at) {
        Delivery delivery = new Delivery(customer, at);
        delivery.changeToPeriodTotal(customer, period, quantity, notes, at);
        return delivery;
    }

    public void changeToLot(Customer customer, String lot, LocalDate day, long quantity, String notes, Instant at) {
        placeLot(customer, lot, day);
        count(quantity, notes, at);
    }

    public void changeToPeriodTotal(Customer customer, Period period, long quantity, String notes, Instant at) {
        placePeriod(customer, period);
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
