package com.satisfaction.web.user;

import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Forgets the name's failed attempts; a user holding a temporary password goes to change it first. */
@Component
public class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginThrottling throttling;
    private final UserAccountRepository users;

    LoginSuccessHandler(LoginThrottling throttling, UserAccountRepository users) {
        this.throttling = throttling;
        this.users = users;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        throttling.succeeded(request.getParameter("username"), request.getRemoteAddr());
        if (users.findByUsername(authentication.getName()).map(UserAccount::isMustChangePassword).orElse(false)) {
            PasswordChangeRequired.require(request.getSession());
            getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequired.CHANGE_PASSWORD_PATH);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
