package com.satisfaction.web.customer;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.customer.Contact;
import com.satisfaction.persistence.customer.Customer;

import java.math.BigDecimal;
import java.util.List;

/** What the register's pages show, built inside the service's transaction; never entities. */
final class CustomerViews {

    private CustomerViews() {
    }

    record Row(long id, String code, String name, String region, String industry, String valueTier,
               BigDecimal annualValue, boolean keyAccount, boolean active, int contacts) {

        static Row of(Customer c) {
            return new Row(c.getId(), c.getCode(), c.getName(), c.getRegion(), c.getIndustry(), c.getValueTier(),
                    c.getAnnualValue(), c.isKeyAccount(), c.isActive(), c.getContacts().size());
        }
    }

    /** One page of the list, with the choices its filters offer. */
    record ListPage(List<Row> rows, int page, int totalPages, long total, List<String> regions,
                    List<String> industries, List<String> tiers) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    record ContactView(long id, String name, String email, String phone, Language language) {

        static ContactView of(Contact c) {
            return new ContactView(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.preferredLanguage());
        }

        ContactForm toForm() {
            return new ContactForm(name, email, phone, language);
        }
    }

    record CustomerView(long id, String code, String name, String region, String industry, String valueTier,
                        BigDecimal annualValue, boolean keyAccount, boolean active, List<ContactView> contacts) {

        static CustomerView of(Customer c) {
            return new CustomerView(c.getId(), c.getCode(), c.getName(), c.getRegion(), c.getIndustry(),
                    c.getValueTier(), c.getAnnualValue(), c.isKeyAccount(), c.isActive(),
                    c.getContacts().stream().map(ContactView::of).toList());
        }

        CustomerForm toForm() {
            return new CustomerForm(code, name, region, industry, valueTier,
                    annualValue == null ? "" : annualValue.toPlainString(), keyAccount);
        }

        ContactView contact(long contactId) {
            return contacts.stream().filter(c -> c.id() == contactId).findFirst().orElse(null);
        }
    }
}
