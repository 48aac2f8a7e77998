package com.satisfaction.persistence.record;

import com.satisfaction.core.record.Money;
import com.satisfaction.persistence.customer.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim a customer made (客户索赔) on one day: an exact amount in one currency, the reason, and the complaint of the
 * same customer it arose from, if any (kept as the complaint's id).
 */
@Entity
@Audited
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "claimed_on", nullable = false)
    private LocalDate claimedOn;

    @Embedded
    private StoredMoney amount;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Claim() {
    }

    public Claim(Customer customer, LocalDate claimedOn, Money amount, String reason, Long complaintId,
                 String recordedBy, Instant recordedAt) {
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        describe(customer, claimedOn, amount, reason, complaintId);
    }

    /** Changes what the record says; who recorded it and when stay. */
    public void describe(Customer customer, LocalDate claimedOn, Money amount, String reason, Long complaintId) {
        this.customer = customer;
        this.claimedOn = claimedOn;
        this.amount = StoredMoney.of(Objects.requireNonNull(amount, "amount"));
        this.reason = reason;
        this.complaintId = complaintId;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getClaimedOn() {
        return claimedOn;
    }

    public Money getAmount() {
        return amount.toMoney();
    }

    public String getReason() {
        return reason;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
