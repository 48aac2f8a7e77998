package com.satisfaction.persistence.customer;

/** Where an uploaded register file stands: previewed and waiting for confirmation, importing, done or failed. */
public enum CustomerImportStatus {
    UPLOADED, RUNNING, DONE, FAILED
}
