package com.satisfaction.web.action;

import java.util.List;

/**
 * The first overdue actions of a home-page block (longest overdue first) and how many there are in all;
 * {@code ownerId} names the owner for "my" block (the link to the full list filters by it), null for all.
 */
public record OverdueActions(List<LinkedAction> actions, long total, Long ownerId) {

    public static final OverdueActions NONE = new OverdueActions(List.of(), 0, null);

    public boolean hasMore() {
        return total > actions.size();
    }
}
