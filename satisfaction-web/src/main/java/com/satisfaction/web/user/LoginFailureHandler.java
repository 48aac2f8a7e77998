package com.satisfaction.web.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Sends a refused login back to the login page with the reason the user may know. */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginAttempts attempts;

    LoginFailureHandler(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = "error";
        if (exception instanceof LockedException) {
            reason = "locked";
        } else if (exception instanceof BadCredentialsException) {
            attempts.failed(request.getParameter("username"));
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
