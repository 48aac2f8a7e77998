package com.satisfaction.persistence.user;

/** What a user may do; SPEC §1 names the three. EXECUTIVE reads, never changes. */
public enum Role {
    ADMIN,
    QUALITY_MANAGER,
    EXECUTIVE
}
