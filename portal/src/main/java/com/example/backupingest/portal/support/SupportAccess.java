package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The support-only check in code. An agent who is impersonating acts as the customer and is
 * refused here too: support tools are for the agent's own session only.
 */
@Component
class SupportAccess {

    private final CurrentUser currentUser;

    SupportAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    void requireSupport() {
        if (!currentUser.isSupport() || currentUser.isImpersonating()) {
            throw new AccessDeniedException("support only");
        }
    }
}
