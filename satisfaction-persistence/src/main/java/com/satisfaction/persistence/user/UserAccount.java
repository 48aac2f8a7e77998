package com.satisfaction.persistence.user;

import com.satisfaction.core.survey.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who logs in to manage or read the programme. Customers never have one. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where mails to this user go (complaint hand-overs, overdue reminders); none = not told by mail. */
    @Column(length = 254)
    private String email;

    /** The language of the mails this user reads. */
    @Column(nullable = false, length = 5)
    private String language = Language.ZH.code();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The user's mail address (null when none) and the language their mails are written in. */
    public void setMailAddress(String email, Language language) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.language = language == null ? Language.ZH.code() : language.code();
    }

    public String getEmail() {
        return email;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public Language mailLanguage() {
        return Language.fromCode(language);
    }

    /** A new password chosen by the user themself. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** A password set by someone else (first start, admin reset): the user must replace it at next login. */
    public void assignTemporaryPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
    }
}
