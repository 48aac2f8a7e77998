package com.satisfaction.web.user;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.user.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator's user form. {@code password} is required for a new user and ignored on edit
 * (resetting a password is its own action). {@code email} and {@code language} say where and in which language the
 * user is told of complaints handed over to them or overdue (optional).
 */
record UserForm(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{user.username.pattern}")
        String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 120, message = "{user.displayName.size}")
        String displayName,
        @NotEmpty(message = "{user.roles.required}")
        Set<Role> roles,
        Boolean enabled,
        String password,
        @Email(message = "{complaints.user.email.invalid}") @Size(max = 254, message = "{complaints.user.email.invalid}")
        String email,
        Language language) {

    /** A role no page offers reads as none ({@code FormBinding}), so it is dropped here. */
    UserForm {
        roles = roles == null ? null : roles.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        email = email == null ? null : email.strip();
    }

    static UserForm blank() {
        return new UserForm("", "", Set.of(), true, "", "", Language.ZH);
    }

    boolean enabledOrFalse() {
        return Boolean.TRUE.equals(enabled);
    }
}
