package com.satisfaction.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes control characters (NUL and the other C0 and C1 controls, but not tab and line breaks) from
 * every request parameter before anything reads it. They never belong in a name, an answer or a
 * password, nothing shows them, and PostgreSQL refuses NUL in text — so stripping them is harmless and
 * spares every form its own check. A request whose parameters cannot be decoded at all is answered 400
 * here, before anything else reads them.
 */
class ControlCharacterFilter extends OncePerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    static String strip(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Stripped stripped = new Stripped(request);
        try {
            stripped.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            // a body or query that is not valid form encoding (e.g. "a=%zz"): the sender's mistake, not ours
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(stripped, response);
    }

    private static final class Stripped extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Stripped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> stripped = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) ->
                        stripped.merge(strip(name), Arrays.stream(values).map(ControlCharacterFilter::strip)
                                .toArray(String[]::new), (a, b) -> concat(a, b)));
                parameters = Collections.unmodifiableMap(stripped);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        private static String[] concat(String[] first, String[] second) {
            String[] both = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            return both;
        }
    }
}
