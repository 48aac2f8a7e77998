package com.satisfaction.web.user;

import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Changes to user accounts, with their rules: unique user names, passwords of a minimum length,
 * and at least one active administrator at all times.
 */
@Service
class UserAdministration {

    /** What became of a change: done, or refused with the form field and message key to show. */
    sealed interface Outcome permits Done, Refused {
    }

    /** Done; {@code endsSessions} when the user lost a right, so their open sessions must end now. */
    record Done(UserAccount user, boolean endsSessions) implements Outcome {
    }

    record Refused(String field, String messageKey) implements Outcome {
    }

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAdministration(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    Outcome create(UserForm form) {
        if (users.existsByUsername(form.username())) {
            return new Refused("username", "user.username.taken");
        }
        Optional<Refused> weak = checkNewPassword("password", form.password(), form.password());
        if (weak.isPresent()) {
            return weak.get();
        }
        UserAccount account = new UserAccount(form.username(), form.displayName().strip(), "", form.roles(), clock.instant());
        account.assignTemporaryPassword(passwordEncoder.encode(form.password()));
        account.setEnabled(form.enabledOrFalse());
        account.setMailAddress(form.email(), form.language());
        return new Done(users.save(account), false);
    }

    @Transactional
    Outcome update(UserAccount account, UserForm form) {
        boolean staysActiveAdmin = form.enabledOrFalse() && form.roles().contains(Role.ADMIN);
        boolean isActiveAdmin = account.isEnabled() && account.hasRole(Role.ADMIN);
        if (isActiveAdmin && !staysActiveAdmin && users.lockActiveAdmins().size() <= 1) {
            return new Refused(form.enabledOrFalse() ? "roles" : "enabled", "user.lastAdmin");
        }
        boolean losesRights = account.isEnabled() && !form.enabledOrFalse()
                || !form.roles().containsAll(account.getRoles());
        account.setDisplayName(form.displayName().strip());
        account.setRoles(form.roles());
        account.setEnabled(form.enabledOrFalse());
        account.setMailAddress(form.email(), form.language());
        return new Done(users.save(account), losesRights);
    }

    @Transactional
    Outcome resetPassword(UserAccount account, PasswordForm form) {
        Optional<Refused> weak = checkNewPassword("newPassword", form.newPassword(), form.confirmPassword());
        if (weak.isPresent()) {
            return weak.get();
        }
        account.assignTemporaryPassword(passwordEncoder.encode(form.newPassword()));
        return new Done(users.save(account), true);
    }

    @Transactional
    Outcome changeOwnPassword(String username, PasswordForm form) {
        UserAccount account = users.findByUsername(username).orElseThrow();
        if (form.currentPassword() == null || !passwordEncoder.matches(form.currentPassword(), account.getPasswordHash())) {
            return new Refused("currentPassword", "password.current.wrong");
        }
        Optional<Refused> weak = checkNewPassword("newPassword", form.newPassword(), form.confirmPassword());
        if (weak.isPresent()) {
            return weak.get();
        }
        if (passwordEncoder.matches(form.newPassword(), account.getPasswordHash())) {
            return new Refused("newPassword", "password.new.same");
        }
        account.changePassword(passwordEncoder.encode(form.newPassword()));
        return new Done(account, false);
    }

    private static Optional<Refused> checkNewPassword(String field, String password, String confirmation) {
        if (password == null || password.length() < PasswordForm.MIN_LENGTH) {
            return Optional.of(new Refused(field, "password.tooShort"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordForm.MAX_BYTES) {
            return Optional.of(new Refused(field, "password.tooLong"));
        }
        if (!password.equals(confirmation)) {
            return Optional.of(new Refused("confirmPassword", "password.mismatch"));
        }
        return Optional.empty();
    }
}
