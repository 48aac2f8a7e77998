package com.satisfaction.web.complaint;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Customers with contacts, complaint handlers with a mail address, and stored survey responses, under unique names. */
@Component
class ComplaintFixture {

    private final CustomerRepository customers;
    private final UserAccountRepository users;
    private final TestAccounts accounts;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    ComplaintFixture(CustomerRepository customers, UserAccountRepository users, TestAccounts accounts,
                     TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.customers = customers;
        this.users = users;
        this.accounts = accounts;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** A customer and its two contacts (ids in order). */
    record Company(long id, String code, String name, List<Long> contacts) {
    }

    Company customer() {
        String code = "K-" + UUID.randomUUID().toString().substring(0, 10);
        return transaction.execute(status -> {
            Customer customer = new Customer(code, "华东精密 " + code, Instant.now());
            customer.addContact("王经理", "wang-" + code + "@example.com", "021-1234", Language.ZH);
            customer.addContact("Anna Berg", null, null, Language.EN);
            Customer saved = customers.saveAndFlush(customer);
            return new Company(saved.getId(), code, saved.getName(),
                    saved.getContacts().stream().map(c -> c.getId()).toList());
        });
    }

    /** A user of {@code role} with a mail address (null: none) and a mail language. */
    UserAccount user(Role role, String email, Language language) {
        UserAccount account = accounts.create(role);
        return transaction.execute(status -> {
            UserAccount stored = users.findById(account.getId()).orElseThrow();
            stored.setMailAddress(email, language);
            return users.save(stored);
        });
    }

    /** A stored response of {@code customer}'s first contact to the fixture survey, with answer {@code value} to {@code question}. */
    long response(long surveyId, Company customer, long questionId, int value) {
        return transaction.execute(status -> {
            String token = UUID.randomUUID().toString().replace("-", "");
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("INSERT INTO recipient (token, survey_id, customer_id, contact_id, language, label, created_at, "
                    + "answered_at) VALUES (?, ?, ?, ?, 'zh', 'complaint fixture', ?, ?)", token, surveyId, customer.id(),
                    customer.contacts().get(0), now, now);
            long recipient = jdbc.queryForObject("SELECT id FROM recipient WHERE token = ?", Long.class, token);
            jdbc.update("INSERT INTO response (recipient_id, survey_id, submitted_at, language, customer_id) "
                    + "VALUES (?, ?, ?, 'zh', ?)", recipient, surveyId, now, customer.id());
            long response = jdbc.queryForObject("SELECT id FROM response WHERE recipient_id = ?", Long.class, recipient);
            jdbc.update("INSERT INTO answer (response_id, question_id, numeric_value) VALUES (?, ?, ?)", response,
                    questionId, value);
            return response;
        });
    }
}
