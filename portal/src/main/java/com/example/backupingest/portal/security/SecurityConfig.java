package com.example.backupingest.portal.security;

import com.example.backupingest.monitor.api.MonitorPaths;


import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.example.backupingest.portal.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one filter chain: Vaadin's defaults (login view, logout), CSRF for every form including the
 * login, the public HLS edge, the theme, health, nginx-rtmp's callbacks from this machine only, and
 * the security headers of the portal's pages (CSP, Referrer-Policy).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private static final RequestMatcher RTMP_CALLBACKS = pathPattern(MonitorPaths.RTMP_CALLBACKS + "/**");
    /** Responses that set their own caching: HLS from the edges, Vaadin's bundles, the theme. */
    private static final RequestMatcher OWN_CACHE_CONTROL = new OrRequestMatcher(pathPattern("/edge/**"),
            pathPattern("/VAADIN/**"), pathPattern("/themes/**"));

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            List<SecurityChainExtension> extensions, RequestUtil vaadinRequests,
            List<ContentSecurityPolicy.Contribution> cspSources) throws Exception {
        RequestMatcher fromLoopback = new OrRequestMatcher(new IpAddressMatcher("127.0.0.1"),
                new IpAddressMatcher("::1"));
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(auth -> auth
                // An error dispatch (e.g. the actuator chain's 401) keeps its status instead of
                // becoming a redirect to the login view; the original request was checked already.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(pathPattern("/edge/**"), pathPattern("/themes/**"),
                        pathPattern("/actuator/health/**"))
                .permitAll()
                // the embedded monitor's API: its own bearer filter (MonitorApiGuard) already let only its secret in
                .requestMatchers(pathPattern(MonitorPaths.API + "/**")).permitAll()
                .requestMatchers(new AndRequestMatcher(RTMP_CALLBACKS, fromLoopback)).permitAll()
                .requestMatchers(RTMP_CALLBACKS).denyAll());
        // Vaadin's own CSRF set-up exempts the login URL, so a foreign site could sign a browser
        // in to an account of its choosing (login CSRF). Vaadin's login form posts the token from
        // the _csrf meta tag Flow writes into every page, so the login is checked like any form.
        // Exempt are only Vaadin's internal requests (they carry Vaadin's own CSRF token) and
        // nginx's callbacks (plain forms without a token; loopback-only, above).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(RTMP_CALLBACKS, vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new ExpiredLoginFormFilter(), CsrfFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.policy(cspSources)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Written before the application: Spring's "no-store" would then stand beside the
                // edge's and static files' own Cache-Control, so it is written for the rest only.
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(OWN_CACHE_CONTROL), new CacheControlHeadersWriter()))
                // Written before the application runs: by default they are added when the response
                // commits, which Vaadin's page responses (login, every view) never signalled.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        // Features add their own filters (support's switch-user) without security knowing them.
        for (SecurityChainExtension extension : extensions) {
            extension.extend(http);
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Throttle first, then the usual password check; failures and successes become events. */
    @Bean
    AuthenticationManager authenticationManager(PortalUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(throttle.guard(passwords));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
