package com.satisfaction.persistence.delivery;

/** Where an uploaded ERP file stands: previewed and waiting for confirmation, importing, done or failed. */
public enum DeliveryImportStatus {
    UPLOADED, RUNNING, DONE, FAILED
}
