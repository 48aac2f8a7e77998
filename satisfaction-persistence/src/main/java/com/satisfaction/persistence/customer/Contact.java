package com.satisfaction.persistence.customer;

import com.satisfaction.core.survey.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person at a customer who receives the survey, in their preferred language; without an e-mail the link is handed over. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 50)
    private String phone;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage;

    protected Contact() {
    }

    Contact(Customer customer, String name, String email, String phone, Language language) {
        this.customer = customer;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = language.code();
    }

    public void describe(String name, String email, String phone, Language language) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = language.code();
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Language preferredLanguage() {
        return Language.fromCode(preferredLanguage);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
