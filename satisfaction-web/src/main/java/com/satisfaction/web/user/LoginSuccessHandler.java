package com.satisfaction.web.user;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Clears the failed-login count; a user holding a temporary password goes to change it first. */
@Component
public class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginAttempts attempts;

    LoginSuccessHandler(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (attempts.succeeded(authentication.getName())) {
            PasswordChangeRequired.require(request.getSession());
            getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequired.CHANGE_PASSWORD_PATH);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
