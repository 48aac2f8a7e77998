package com.satisfaction.persistence.customer;

/** A contact of an active customer as a campaign invites it: who, where, and in which language. */
public record ContactRow(long contactId, String name, String email, String language, long customerId,
                         String company) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
