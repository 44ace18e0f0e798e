package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.Role;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of an impersonation and its audit: only a SUPPORT user, never inside an
 * impersonation, always with a reason, only into a CUSTOMER user. The SwitchUserFilter does the
 * switch itself; this decides whether it may and records start and end.
 */
@Service
class ImpersonationService {

    private static final Logger log = LoggerFactory.getLogger(ImpersonationService.class);

    /** A checked switch request: who asks, as whom, why. */
    record Start(String agent, PortalUser target, ImpersonationRequest request) {
    }

    private final CurrentUser currentUser;
    private final ImpersonationTargets targets;
    private final AuditTrail trail;
    private final AuditClock clock;

    ImpersonationService(CurrentUser currentUser, ImpersonationTargets targets, AuditTrail trail, AuditClock clock) {
        this.currentUser = currentUser;
        this.targets = targets;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * @throws AccessDeniedException if the signed-in user is no SUPPORT user or already impersonates
     * @throws ImpersonationRefusedException if the reason is missing or too long, or there is no customer to act as
     */
    Start authorize(@Nullable String account, @Nullable String reason) {
        if (currentUser.isImpersonating()) {
            throw new AccessDeniedException("no impersonation inside an impersonation");
        }
        PortalUser agent = currentUser.require();
        if (agent.role() != Role.SUPPORT) {
            throw new AccessDeniedException("only support may act as a customer");
        }
        ImpersonationRequest request = ImpersonationRequest.of(account, reason);
        PortalUser target = targets.customerOf(request.accountId());
        ImpersonationTargets.requireCustomer(target);
        return new Start(agent.getUsername(), target, request);
    }

    @Transactional
    ImpersonationDetails started(Start start) {
        var details = new ImpersonationDetails(UUID.randomUUID().toString(), start.agent(),
                start.request().accountId(), start.target().getUsername(), start.request().reason(), clock.now());
        trail.append(new AuditRecord(details.startedAt(), details.agent(), details.accountId(),
                details.customerUsername(), AuditAction.IMPERSONATION_STARTED, details.reason(), null,
                details.marker()));
        log.info("Support agent {} acts as {} (account id {})", details.agent(), details.customerUsername(),
                details.accountId());
        return details;
    }

    /** Records the end once per impersonation, whichever of exit, logout or session end reports it first. */
    @Transactional
    void ended(@Nullable Authentication impersonated, EndCause cause) {
        ImpersonationDetails.of(impersonated).filter(d -> !trail.hasEnded(d.marker())).ifPresent(d -> {
            trail.append(new AuditRecord(clock.now(), d.agent(), d.accountId(), d.customerUsername(),
                    AuditAction.IMPERSONATION_ENDED, d.reason(), cause.name(), d.marker()));
            log.info("Support agent {} no longer acts as {} ({})", d.agent(), d.customerUsername(), cause);
        });
    }
}
