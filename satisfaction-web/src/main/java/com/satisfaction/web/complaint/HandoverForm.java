package com.satisfaction.web.complaint;

import java.util.Optional;

/** Handing a complaint over: to whom, why, and the complaint's version the page showed. The core checks the rest. */
record HandoverForm(String newOwnerId, String reason, String version) {

    static HandoverForm blank(long version) {
        return new HandoverForm("", "", Long.toString(version));
    }

    Optional<Long> newOwner() {
        return newOwnerId != null && newOwnerId.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(newOwnerId)) : Optional.empty();
    }

    Optional<Long> expectedVersion() {
        return version != null && version.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(version)) : Optional.empty();
    }
}
