package com.satisfaction.persistence.delivery;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.customer.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Goods a customer returned: a lot returned on a day for a defect reason (unique per customer, lot, day and reason),
 * or a per-period total. Named "product return" throughout, never "return rate" of a campaign (that is the response rate).
 */
@Entity
@Audited
@Table(name = "product_return")
public class ProductReturn extends Movement {

    @Column(name = "returned_on", nullable = false)
    private LocalDate returnedOn;

    @Column(name = "defect_reason", length = 200)
    private String defectReason;

    protected ProductReturn() {
    }

    private ProductReturn(Customer customer, Instant createdAt) {
        super(customer, createdAt);
    }

    public static ProductReturn ofLot(Customer customer, String lot, LocalDate day, long quantity, String defectReason,
                                      String notes, Instant at) {
        ProductReturn productReturn = new ProductReturn(customer, at);
        productReturn.changeToLot(customer, lot, day, quantity, defectReason, notes, at);
        return productReturn;
    }

    public static ProductReturn periodTotal(Customer customer, Period period, long quantity, String defectReason,
                                            String notes, Instant at) {
        ProductReturn productReturn = new ProductReturn(customer, at);
        productReturn.changeToPeriodTotal(customer, period, quantity, defectReason, notes, at);
        return productReturn;
    }

    public void changeToLot(Customer customer, String lot, LocalDate day, long quantity, String defectReason,
                            String notes, Instant at) {
        placeLot(customer, lot, day);
        this.defectReason = defectReason;
        count(quantity, notes, at);
    }

    public void changeToPeriodTotal(Customer customer, Period period, long quantity, String defectReason, String notes,
                                    Instant at) {
        placePeriod(customer, period);
        this.defectReason = defectReason;
        count(quantity, notes, at);
    }

    @Override
    protected void setDay(LocalDate day) {
        this.returnedOn = day;
    }

    @Override
    public LocalDate getDay() {
        return returnedOn;
    }

    /** Why the goods came back; required for a lot, optional for a per-period total. */
    public String getDefectReason() {
        return defectReason;
    }
}
