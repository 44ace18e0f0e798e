package com.example.backupingest.portal.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Refuses a login attempt while its username or client address is locked; carries the lock's end. */
public class LoginThrottledException extends AuthenticationException {

    private final Instant lockedUntil;

    public LoginThrottledException(Instant lockedUntil) {
        super("too many failed login attempts");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
