package com.satisfaction.web.campaign;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Customers with contacts in a region of their own (so a campaign filtered by it invites exactly them, whatever else
 * the shared test database holds), and campaigns over them.
 */
@Component
public class CampaignFixture {

    private final CustomerRepository customers;
    private final CampaignSetup setup;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    CampaignFixture(CustomerRepository customers, CampaignSetup setup, TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.customers = customers;
        this.setup = setup;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** A contact to create: name, e-mail (null: none) and language. */
    public record Person(String name, String email, Language language) {
    }

    /** A new region holding one customer per entry of {@code companies}, key account when its value is at least 1M. */
    public String region(List<Company> companies) {
        String region = "R-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> {
            for (Company company : companies) {
                Customer customer = new Customer("C-" + UUID.randomUUID().toString().substring(0, 12), company.name(),
                        Instant.now());
                customer.describe(company.name(), region, null, null, company.annualValue(),
                        company.annualValue().compareTo(BigDecimal.valueOf(1_000_000)) >= 0);
                company.contacts().forEach(p -> customer.addContact(p.name(), p.email(), null, p.language()));
                customers.save(customer);
            }
        });
        return region;
    }

    public record Company(String name, BigDecimal annualValue, List<Person> contacts) {
    }

    /** A region of {@code count} customers with one Chinese contact each, written in bulk. */
    public String bulkRegion(int count) {
        String region = "B-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        transaction.executeWithoutResult(status -> {
            jdbc.batchUpdate("INSERT INTO customer (code, name, region, key_account, active, created_at) VALUES (?, ?, ?, false, true, ?)",
                    java.util.stream.IntStream.range(0, count).boxed().toList(), 500, (ps, i) -> {
                        ps.setString(1, region + "-" + i);
                        ps.setString(2, "Bulk " + region + " " + i);
                        ps.setString(3, region);
                        ps.setTimestamp(4, java.sql.Timestamp.from(now));
                    });
            jdbc.update("INSERT INTO contact (customer_id, name, email, preferred_language) "
                    + "SELECT id, 'Contact ' || code, code || '@example.com', 'zh' FROM customer WHERE region = ?", region);
        });
        return region;
    }

    /** A campaign over a region's contacts, created as the form does; returns its id. */
    public long campaign(long surveyId, String region, LocalDate closesOn, Integer reminderDays) {
        CampaignForm form = new CampaignForm(String.valueOf(surveyId), "Campaign " + region, "2026-H1", closesOn.toString(),
                reminderDays == null ? "" : reminderDays.toString(), "70", CampaignForm.INVITATION_ZH,
                CampaignForm.INVITATION_EN, CampaignForm.REMINDER_ZH, CampaignForm.REMINDER_EN, "FILTER", region, false,
                List.of(), null);
        CampaignSetup.Creation creation = setup.create(form);
        return ((CampaignSetup.Created) creation).campaignId();
    }
}
