package com.satisfaction.persistence.customer;

import com.satisfaction.core.survey.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A customer of the register, known by its code (unique; the key of re-imports). Customers are deactivated, never
 * deleted: their answers and records must stay. Changes are kept in the audit trail (contacts are not).
 */
@Entity
@Table(name = "customer")
@Audited
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private String region;

    @Column(length = 100)
    private String industry;

    @Column(name = "value_tier", length = 30)
    private String valueTier;

    @Column(name = "annual_value", precision = 18, scale = 2)
    private BigDecimal annualValue;

    @Column(name = "key_account", nullable = false)
    private boolean keyAccount;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Contact> contacts = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String code, String name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    /** Changes what the register says of the customer; the code stays. */
    public void describe(String name, String region, String industry, String valueTier, BigDecimal annualValue,
                         boolean keyAccount) {
        this.name = name;
        this.region = region;
        this.industry = industry;
        this.valueTier = valueTier;
        this.annualValue = annualValue;
        this.keyAccount = keyAccount;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Contact addContact(String name, String email, String phone, Language language) {
        Contact contact = new Contact(this, name, email, phone, language);
        contacts.add(contact);
        return contact;
    }

    public void removeContact(Contact contact) {
        contacts.remove(contact);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public String getIndustry() {
        return industry;
    }

    public String getValueTier() {
        return valueTier;
    }

    public BigDecimal getAnnualValue() {
        return annualValue;
    }

    public boolean isKeyAccount() {
        return keyAccount;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Contact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }
}
