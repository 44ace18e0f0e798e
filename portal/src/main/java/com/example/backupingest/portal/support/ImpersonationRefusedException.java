package com.example.backupingest.portal.support;

import org.springframework.security.core.AuthenticationException;

/**
 * A switch request that cannot start (no reason, reason too long, no such customer). An
 * AuthenticationException so the SwitchUserFilter sends it to its failure handler: nothing
 * switches. Not used for "who may": that is an AccessDeniedException (403).
 */
class ImpersonationRefusedException extends AuthenticationException {

    ImpersonationRefusedException(String message) {
        super(message);
    }
}
