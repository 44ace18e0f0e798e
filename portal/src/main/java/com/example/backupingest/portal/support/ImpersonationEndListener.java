package com.example.backupingest.portal.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Logout and the session's end also end an impersonation: both are recorded, once (the first
 * report wins). Session events need Spring Security's HttpSessionEventPublisher (see
 * {@link SupportConfiguration}). A failing audit write must not block a logout: it is logged.
 */
@Component
class ImpersonationEndListener {

    private static final Logger log = LoggerFactory.getLogger(ImpersonationEndListener.class);

    private final ImpersonationService impersonations;

    ImpersonationEndListener(ImpersonationService impersonations) {
        this.impersonations = impersonations;
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        end(event.getAuthentication(), EndCause.LOGOUT);
    }

    @EventListener
    void onSessionEnd(SessionDestroyedEvent event) {
        event.getSecurityContexts().forEach(context -> end(context.getAuthentication(), EndCause.SESSION_END));
    }

    private void end(Authentication authentication, EndCause cause) {
        try {
            impersonations.ended(authentication, cause);
        } catch (DataAccessException e) {
            log.error("Could not record the end of an impersonation ({})", cause, e);
        }
    }
}
