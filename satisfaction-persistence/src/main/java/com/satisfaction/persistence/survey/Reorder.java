package com.satisfaction.persistence.survey;

import java.util.Collections;
import java.util.List;

/** Moving an element of an ordered list one place up or down, as the survey builder's arrows do. */
final class Reorder {

    private Reorder() {
    }

    static <T> void move(List<T> items, T item, int step) {
        int from = items.indexOf(item);
        int to = from + Integer.signum(step);
        if (from >= 0 && to >= 0 && to < items.size()) {
            Collections.swap(items, from, to);
        }
    }
}
