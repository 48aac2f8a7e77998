package com.satisfaction.persistence.record;

import com.satisfaction.core.record.PraiseType;
import com.satisfaction.persistence.customer.Customer;
import jakarta.persistence.Column;
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

/** Praise a customer gave (顾客赞扬) on one day, written or spoken, of a person or a department. */
@Entity
@Audited
@Table(name = "praise")
public class Praise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "praised_on", nullable = false)
    private LocalDate praisedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PraiseType type;

    @Column(nullable = false, length = 200)
    private String praised;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Praise() {
    }

    public Praise(Customer customer, LocalDate praisedOn, PraiseType type, String praised, String text,
                  String recordedBy, Instant recordedAt) {
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        describe(customer, praisedOn, type, praised, text);
    }

    /** Changes what the record says; who recorded it and when stay. */
    public void describe(Customer customer, LocalDate praisedOn, PraiseType type, String praised, String text) {
        this.customer = customer;
        this.praisedOn = praisedOn;
        this.type = type;
        this.praised = praised;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getPraisedOn() {
        return praisedOn;
    }

    public PraiseType getType() {
        return type;
    }

    public String getPraised() {
        return praised;
    }

    public String getText() {
        return text;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
