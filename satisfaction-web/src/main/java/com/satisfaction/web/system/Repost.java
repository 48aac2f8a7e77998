package com.satisfaction.web.system;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;

/**
 * A request the application was too busy to serve, ready to be sent again from the "busy" page: for a
 * post, its path and every field (so nothing typed is lost), for a read, its address.
 *
 * @param path   where the post goes, or null for a read
 * @param fields the posted fields
 * @param retry  the address to read again, or null for a post
 */
public record Repost(String path, List<Field> fields, String retry) {

    /** The attribute the busy page reads it from. */
    static final String ATTRIBUTE = "repost";

    /** One posted field, to be posted again. */
    public record Field(String name, String value) {
    }

    static Repost of(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return new Repost(null, List.of(), request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        List<Field> fields = request.getParameterMap().entrySet().stream()
                .filter(entry -> !"switchTo".equals(entry.getKey()))
                .flatMap(entry -> Arrays.stream(entry.getValue()).map(value -> new Field(entry.getKey(), value)))
                .toList();
        return new Repost(request.getRequestURI(), fields, null);
    }

    public boolean isPost() {
        return path != null;
    }
}
