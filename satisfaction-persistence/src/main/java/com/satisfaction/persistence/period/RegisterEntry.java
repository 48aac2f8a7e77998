package com.satisfaction.persistence.period;

import java.math.BigDecimal;

/** A customer of a period as the register describes it (now, or as it was when the period was closed). */
public record RegisterEntry(long id, String code, String name, String region, String industry, String valueTier,
                            BigDecimal annualValue, boolean keyAccount) {
}
