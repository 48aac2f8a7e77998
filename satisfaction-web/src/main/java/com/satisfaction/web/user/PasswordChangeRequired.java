package com.satisfaction.web.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.IOException;

/**
 * Keeps a user who logged in with a temporary password (generated or reset by an admin) on the
 * change-password page until a password of their own is set.
 */
class PasswordChangeRequired implements HandlerInterceptor {

    static final String CHANGE_PASSWORD_PATH = "/account/password";
    private static final String SESSION_FLAG = PasswordChangeRequired.class.getName();

    static void require(HttpSession session) {
        session.setAttribute(SESSION_FLAG, Boolean.TRUE);
    }

    static void satisfied(HttpSession session) {
        session.removeAttribute(SESSION_FLAG);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_FLAG) != null) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            return false;
        }
        return true;
    }
}
