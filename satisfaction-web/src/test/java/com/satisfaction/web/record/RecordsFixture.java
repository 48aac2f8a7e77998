package com.satisfaction.web.record;

import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.web.TestAccounts;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers and complaints for the records' tests, under names of their own in the shared database. */
@Component
class RecordsFixture {

    private final CustomerRepository customers;
    private final TestAccounts accounts;
    private final JdbcTemplate jdbc;

    RecordsFixture(CustomerRepository customers, TestAccounts accounts, JdbcTemplate jdbc) {
        this.customers = customers;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    Customer customer(String name) {
        return customers.save(new Customer("REC-" + UUID.randomUUID().toString().substring(0, 8), name, Instant.now()));
    }

    /** A complaint of the customer, received at {@code receivedAt}, straight into the complaint table. */
    long complaint(Customer customer, String description, Instant receivedAt) {
        long responder = accounts.create(Role.QUALITY_MANAGER).getId();
        return jdbc.queryForObject("INSERT INTO complaint (customer_id, channel, category, severity, description, "
                        + "received_at, first_responder_id) VALUES (?, 'PHONE', 'QUALITY', 'HIGH', ?, ?, ?) RETURNING id",
                Long.class, customer.getId(), description, java.sql.Timestamp.from(receivedAt), responder);
    }

    long count(String table, Customer customer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?", Long.class,
                customer.getId());
    }

    /** Chooses the option of {@code value} in the form's select {@code name}, as a person does. */
    static void choose(Element form, String name, Object value) {
        form.select("select[name=" + name + "] option").removeAttr("selected");
        Element option = form.selectFirst("select[name=" + name + "] option[value=\"" + value + "\"]");
        assertThat(option).as("option %s of %s", value, name).isNotNull();
        option.attr("selected", true);
    }

    static void type(Element form, String name, String value) {
        Element field = form.selectFirst("[name=" + name + "]");
        assertThat(field).as("field %s", name).isNotNull();
        if (field.tagName().equals("textarea")) {
            field.text(value);
        } else {
            field.val(value);
        }
    }
}
