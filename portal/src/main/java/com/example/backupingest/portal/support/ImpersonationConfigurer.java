package com.example.backupingest.portal.support;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Adds support impersonation to the portal's one SecurityFilterChain:
 * {@code http.with(ImpersonationConfigurer.impersonation(), Customizer.withDefaults());}
 * <p>
 * Switch: {@code POST /support/impersonate} with {@code account} (account id), {@code reason}
 * and the CSRF token. End: {@code POST /support/impersonate/exit} with the CSRF token. GET
 * never switches. The filter runs after the AuthorizationFilter, so CSRF and sign-in are checked
 * first; the SUPPORT-only rule is checked inside (403 for anyone else).
 */
public final class ImpersonationConfigurer extends AbstractHttpConfigurer<ImpersonationConfigurer, HttpSecurity> {

    public static final String SWITCH_URL = "/support/impersonate";
    public static final String EXIT_URL = "/support/impersonate/exit";

    public static ImpersonationConfigurer impersonation() {
        return new ImpersonationConfigurer();
    }

    /**
     * Lets signed-in POSTs reach the filter. Vaadin's configurer denies every request that is no
     * route or resource ({@code anyRequest().denyAll()}) and adds that rule in its configure
     * phase, after every init, so this rule comes first. Who may switch is decided in the filter.
     */
    @Override
    public void init(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(switchMatcher(), exitMatcher()).authenticated());
    }

    static RequestMatcher switchMatcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SWITCH_URL);
    }

    static RequestMatcher exitMatcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, EXIT_URL);
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
