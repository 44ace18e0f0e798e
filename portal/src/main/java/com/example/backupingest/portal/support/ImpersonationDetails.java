package com.example.backupingest.portal.support;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Kept as the details of the switched Authentication, so the impersonation's marker and reason
 * travel with the SecurityContext (HTTP session, Vaadin UI threads) and need no session lookup.
 */
record ImpersonationDetails(String marker, String agent, long accountId, String customerUsername, String reason,
        Instant startedAt) implements Serializable {

    static Optional<ImpersonationDetails> of(@Nullable Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof ImpersonationDetails details
                ? Optional.of(details)
                : Optional.empty();
    }
}
