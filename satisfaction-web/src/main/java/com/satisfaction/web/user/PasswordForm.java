package com.satisfaction.web.user;

/** A new password typed twice; {@code currentPassword} is asked only when users change their own. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

    static final int MIN_LENGTH = 10;

    /** BCrypt reads at most 72 bytes; a longer password would be cut silently (or refused by the encoder). */
    static final int MAX_BYTES = 72;

    static PasswordForm blank() {
        return new PasswordForm("", "", "");
    }
}
