package com.satisfaction.core.delivery;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Goods going to a customer (发货) or coming back from one (退货); the two quantities of the product return rate. */
public enum MovementKind {
    /** Goods delivered to the customer. */
    DELIVERY(Set.of("发货", "交货", "出货", "送货", "delivery", "delivered", "d")),
    /** Goods the customer returned. */
    RETURN(Set.of("退货", "退回", "return", "returned", "r"));

    private final Set<String> words;

    MovementKind(Set<String> words) {
        this.words = words;
    }

    /** The kind an ERP file or a person writes as {@code word} (发货/delivery, 退货/return, any case); empty otherwise. */
    public static Optional<MovementKind> ofWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        for (MovementKind kind : values()) {
            if (kind.words.contains(wanted) || kind.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
