package com.satisfaction.web.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Stands before the password check of {@code POST /login}: an attempt the throttle does not allow goes
 * back to the login page without its password being checked.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottling throttling;

    public LoginThrottleFilter(LoginThrottling throttling) {
        this.throttling = throttling;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttling.allowsAttempt(request.getParameter("username"), request.getRemoteAddr())) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
        }
    }
}
