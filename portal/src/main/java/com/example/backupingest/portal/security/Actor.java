package com.example.backupingest.portal.security;

import org.jspecify.annotations.Nullable;

/**
 * Who performs an action: {@code username} is the identity the portal acts as (the customer
 * user); {@code supportAgent} is set when a support agent acts on the customer's behalf.
 */
public record Actor(String username, @Nullable String supportAgent) {

    public static Actor customer(String username) {
        return new Actor(username, null);
    }

    public boolean bySupport() {
        return supportAgent != null;
    }

    /** For log lines: who acted, "support agent X for customer Y" while impersonating. */
    public String describe() {
        return supportAgent == null ? username : "support agent " + supportAgent + " for customer " + username;
    }
}
