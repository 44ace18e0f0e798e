package com.example.backupingest.portal.security;

/** CUSTOMER users belong to exactly one account; SUPPORT users to none. */
public enum Role {
    CUSTOMER, SUPPORT;

    public String authority() {
        return "ROLE_" + name();
    }
}
