package com.example.backupingest.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: a customer user carries its account id, a support user none. */
public final class PortalUser implements UserDetails, CredentialsContainer {

    private final String username;
    private @Nullable String passwordHash;
    private final Role role;
    private final @Nullable Long accountId;
    private final String displayName;
    private final Locale locale;

    public PortalUser(String username, @Nullable String passwordHash, Role role, @Nullable Long accountId,
            String displayName, Locale locale) {
        if ((role == Role.CUSTOMER) != (accountId != null)) {
            throw new IllegalArgumentException("a customer belongs to exactly one account, support to none");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.accountId = accountId;
        this.displayName = displayName;
        this.locale = locale;
    }

    public Role role() {
        return role;
    }

    public @Nullable Long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
