package com.example.backupingest.portal.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Adds support impersonation to the portal's one SecurityFilterChain:
 * {@code http.with(ImpersonationConfigurer.impersonation(), Customizer.withDefaults());}
 * <p>
 * Switch: {@code POST /support/impersonate} with {@code account} (account id), {@code reason}
 * and the CSRF token. End: {@code POST /support/impersonate/exit} with the CSRF token. GET
 * never switches. The filter runs after the AuthorizationFilter, so the chain's URL rules and
 * CSRF apply first; the SUPPORT-only rule is checked inside as well (403 for anyone else).
 */
public final class ImpersonationConfigurer extends AbstractHttpConfigurer<ImpersonationConfigurer, HttpSecurity> {

    public static final String SWITCH_URL = "/support/impersonate";
    public static final String EXIT_URL = "/support/impersonate/exit";

    public static ImpersonationConfigurer impersonation() {
        return new ImpersonationConfigurer();
    }

    @Override
    public void configure(HttpSecurity http) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        var filter = new ImpersonationFilter(context.getBean(ImpersonationService.class),
                context.getBean(ImpersonationTargets.class));
        filter.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
        SecurityContextRepository repository = http.getSharedObject(SecurityContextRepository.class);
        if (repository != null) {
            // The chain's own repository (session + request attribute), so both see the switch.
            filter.setSecurityContextRepository(repository);
        }
        http.addFilterAfter(postProcess(filter), AuthorizationFilter.class);
    }
}
