package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.MovementKind;

/** The path segment of a delivery ({@code delivery}) or a return ({@code return}) in the pages' addresses. */
final class KindPath {

    static final String PATTERN = "delivery|return";

    private KindPath() {
    }

    static MovementKind of(String segment) {
        return "return".equals(segment) ? MovementKind.RETURN : MovementKind.DELIVERY;
    }

    static String of(MovementKind kind) {
        return kind == MovementKind.RETURN ? "return" : "delivery";
    }
}
