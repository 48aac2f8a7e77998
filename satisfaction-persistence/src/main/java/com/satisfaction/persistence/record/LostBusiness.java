package com.satisfaction.persistence.record;

import com.satisfaction.core.record.LostBusinessKind;
import com.satisfaction.core.record.Money;
import com.satisfaction.persistence.customer.Customer;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Optional;

/**
 * Business lost (流失业务) on one day: the whole customer (which counts in the churn rate) or one named product line,
 * with the reason and the estimated annual value when known. This is the only place a customer is "lost".
 */
@Entity
@Audited
@Table(name = "lost_business")
public class LostBusiness {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LostBusinessKind kind;

    @Column(name = "product_line", length = 200)
    private String productLine;

    @Column(name = "lost_on", nullable = false)
    private LocalDate lostOn;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "estimated_value", precision = 19, scale = 4))
    @AttributeOverride(name = "currency", column = @Column(name = "estimated_currency", length = 3))
    private StoredMoney estimatedValue;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LostBusiness() {
    }

    public LostBusiness(Customer customer, LostBusinessKind kind, String productLine, LocalDate lostOn, String reason,
                        Money estimatedValue, String recordedBy, Instant recordedAt) {
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        describe(customer, kind, productLine, lostOn, reason, estimatedValue);
    }

    /**
     * Changes what the record says; who recorded it and when stay. A lost customer has no product line, whatever is
     * given.
     *
     * @throws IllegalArgumentException when a lost product line is not named
     */
    public void describe(Customer customer, LostBusinessKind kind, String productLine, LocalDate lostOn,
                         String reason, Money estimatedValue) {
        if (kind.needsProductLine() && (productLine == null || productLine.isBlank())) {
            throw new IllegalArgumentException("a lost product line must be named");
        }
        this.customer = customer;
        this.kind = kind;
        this.productLine = kind.needsProductLine() ? productLine : null;
        this.lostOn = lostOn;
        this.reason = reason;
        this.estimatedValue = StoredMoney.of(estimatedValue);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LostBusinessKind getKind() {
        return kind;
    }

    public String getProductLine() {
        return productLine;
    }

    public LocalDate getLostOn() {
        return lostOn;
    }

    public String getReason() {
        return reason;
    }

    public Optional<Money> getEstimatedValue() {
        return Optional.ofNullable(estimatedValue).map(StoredMoney::toMoney);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
