package com.satisfaction.web.customer;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.customer.Contact;
import com.satisfaction.persistence.customer.Customer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** One valid row of a register file: a customer and, unless the contact columns are empty, one of its contacts. */
record ImportRow(int line, CustomerData customer, ContactData contact) {

    record CustomerData(String code, String name, String region, String industry, String valueTier,
                        BigDecimal annualValue, boolean keyAccount, boolean active) {

        boolean sameAs(Customer c) {
            return name.equals(c.getName()) && Objects.equals(region, c.getRegion())
                    && Objects.equals(industry, c.getIndustry()) && Objects.equals(valueTier, c.getValueTier())
                    && sameAmount(annualValue, c.getAnnualValue()) && keyAccount == c.isKeyAccount()
                    && active == c.isActive();
        }

        boolean sameAs(CustomerData other) {
            return name.equals(other.name) && Objects.equals(region, other.region)
                    && Objects.equals(industry, other.industry) && Objects.equals(valueTier, other.valueTier)
                    && sameAmount(annualValue, other.annualValue) && keyAccount == other.keyAccount
                    && active == other.active;
        }

        void applyTo(Customer c) {
            c.describe(name, region, industry, valueTier, annualValue, keyAccount);
            c.setActive(active);
        }

        private static boolean sameAmount(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** A contact is found again by its e-mail, or by its name when it has none. */
    record ContactData(String name, String email, String phone, Language language) {

        String key() {
            return email != null ? "e:" + email.toLowerCase(Locale.ROOT) : "n:" + name;
        }

        boolean matches(Contact c) {
            return email != null ? email.equalsIgnoreCase(c.getEmail()) : !c.hasEmail() && name.equals(c.getName());
        }

        boolean sameAs(Contact c) {
            return name.equals(c.getName()) && Objects.equals(email, c.getEmail())
                    && Objects.equals(phone, c.getPhone()) && language == c.preferredLanguage();
        }
    }
}
