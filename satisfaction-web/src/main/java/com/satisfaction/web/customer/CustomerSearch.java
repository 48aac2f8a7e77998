package com.satisfaction.web.customer;

/**
 * The list's search words and filters as the query string gives them; a blank filter is no filter, and
 * {@code active} is "active only" unless the manager asks for inactive or all customers.
 */
record CustomerSearch(String q, String region, String industry, String tier, Boolean keyAccount, String active,
                      Integer page) {

    static final int PAGE_SIZE = 25;

    CustomerSearch {
        q = q == null ? "" : q.strip();
        region = blankToNull(region);
        industry = blankToNull(industry);
        tier = blankToNull(tier);
        active = "inactive".equals(active) || "all".equals(active) ? active : "active";
        page = page == null || page < 0 ? 0 : page;
    }

    /** {@code true} active only, {@code false} inactive only, {@code null} both. */
    Boolean activeFilter() {
        return switch (active) {
            case "inactive" -> false;
            case "all" -> null;
            default -> true;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
