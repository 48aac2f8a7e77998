package com.satisfaction.persistence.delivery;

import java.time.LocalDate;

/**
 * The first and the last day any delivery or return is dated.
 *
 * @param first the earliest day
 * @param last  the latest day
 */
public record DateSpan(LocalDate first, LocalDate last) {
}
