package com.example.backupingest.portal.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "who is signed in" and "on whose behalf". Services call
 * {@link #requireAccountId()} themselves instead of trusting an account id from a view, so no
 * route or parameter can reach another customer's data.
 */
@Component
public class CurrentUser {

    private final Supplier<SecurityContextHolderStrategy> strategy;

    /** Uses the global strategy, looked up on each call (Vaadin replaces it after start-up). */
    public CurrentUser() {
        this.strategy = SecurityContextHolder::getContextHolderStrategy;
    }

    /**
     * Prefers the application context's strategy bean (Vaadin's session-aware one, the same the
     * filter chain uses), so several contexts in one JVM (tests) do not read each other's.
     */
    @Autowired
    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.strategy = () -> strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    private SecurityContextHolderStrategy strategy() {
        return strategy.get();
    }

    @ReadsOnly
    public Optional<PortalUser> user() {
        Authentication auth = strategy().getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    @ReadsOnly
    public PortalUser require() {
        return user().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The account the current user acts in (their own, or the impersonated customer's). */
    @ReadsOnly
    public long requireAccountId() {
        Long id = require().accountId();
        if (id == null) {
            throw new AccessDeniedException("no customer account in this session");
        }
        return id;
    }

    @ReadsOnly
    public boolean isSupport() {
        return user().map(u -> u.role() == Role.SUPPORT).orElse(false);
    }

    /** The support agent behind an impersonation, if this session is one. */
    @ReadsOnly
    public Optional<String> impersonatingAgent() {
        Authentication auth = strategy().getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream()
                .filter(SwitchUserGrantedAuthority.class::isInstance)
                .map(a -> ((SwitchUserGrantedAuthority) a).getSource().getName())
                .findFirst();
    }

    /** The support agent's display name ("Sam Support"), as customers read it; else its login. */
    @ReadsOnly
    public Optional<String> impersonatingAgentName() {
        Authentication auth = strategy().getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream()
                .filter(SwitchUserGrantedAuthority.class::isInstance)
                .map(a -> ((SwitchUserGrantedAuthority) a).getSource())
                .map(source -> source.getPrincipal() instanceof PortalUser agent && !agent.displayName().isBlank()
                        ? agent.displayName() : source.getName())
                .findFirst();
    }

    @ReadsOnly
    public boolean isImpersonating() {
        return impersonatingAgent().isPresent();
    }

    @ReadsOnly
    public Actor actor() {
        return new Actor(require().getUsername(), impersonatingAgent().orElse(null));
    }
}
