package com.example.backupingest.portal.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.switchuser.SwitchUserFilter;

/**
 * Spring's SwitchUserFilter with the portal's rules around it: POST only (CSRF-protected like
 * every POST), the target given as a customer account id, the rules of {@link ImpersonationService}
 * checked before the switch, and start/end written to the audit.
 */
class ImpersonationFilter extends SwitchUserFilter {

    static final String ACCOUNT_PARAMETER = "account";
    static final String REASON_PARAMETER = "reason";

    private final ImpersonationService impersonations;
    /** SwitchUserFilter keeps its strategy private; this copy reads the same one. */
    private SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

    ImpersonationFilter(ImpersonationService impersonations, ImpersonationTargets targets) {
        this.impersonations = impersonations;
        setSwitchUserMatcher(ImpersonationConfigurer.switchMatcher());
        setExitUserMatcher(ImpersonationConfigurer.exitMatcher());
        setUsernameParameter(ACCOUNT_PARAMETER);
        setUserDetailsService(account -> targets.customerOf(ImpersonationRequest.accountId(account)));
        setUserDetailsChecker(ImpersonationTargets::requireCustomer);
        var redirects = new ImpersonationRedirects();
        setSuccessHandler(redirects);
        setFailureHandler(redirects);
    }

    /** An AccessDeniedException from the rules is not caught here: it becomes a 403. */
    @Override
    protected Authentication attemptSwitchUser(HttpServletRequest request) throws AuthenticationException {
        ImpersonationService.Start start = impersonations.authorize(request.getParameter(ACCOUNT_PARAMETER),
                request.getParameter(REASON_PARAMETER));
        Authentication switched = super.attemptSwitchUser(request);
        if (!(switched instanceof AbstractAuthenticationToken token)
                || !switched.getName().equals(start.target().getUsername())) {
            throw new ImpersonationRefusedException("the customer changed during the switch");
        }
        token.setDetails(impersonations.started(start));
        return switched;
    }

    @Override
    public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy strategy) {
        super.setSecurityContextHolderStrategy(strategy);
        this.strategy = strategy;
    }

    @Override
    protected Authentication attemptExitUser(HttpServletRequest request)
            throws AuthenticationCredentialsNotFoundException {
        Authentication impersonated = strategy.getContext().getAuthentication();
        Authentication original = super.attemptExitUser(request);
        impersonations.ended(impersonated, EndCause.EXIT);
        return original;
    }
}
