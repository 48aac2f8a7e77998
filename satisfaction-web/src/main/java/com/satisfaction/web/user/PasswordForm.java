package com.satisfaction.web.user;

/** A new password typed twice; {@code currentPassword} is asked only when users change their own. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

    static final int MIN_LENGTH = 10;

    static PasswordForm blank() {
        return new PasswordForm("", "", "");
    }
}
