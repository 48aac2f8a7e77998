package com.satisfaction.persistence.customer;

import java.math.BigDecimal;

/** One line of the register as exported: a customer with one of its contacts (contact fields null when it has none). */
public record CustomerExportLine(long customerId, String code, String name, String region, String industry,
                                 String valueTier, BigDecimal annualValue, boolean keyAccount, boolean active,
                                 String contactName, String contactEmail, String contactPhone,
                                 String contactLanguage) {
}
