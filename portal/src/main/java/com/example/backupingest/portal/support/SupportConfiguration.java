package com.example.backupingest.portal.support;

import com.example.backupingest.portal.base.ShellBanner;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.SecurityChainExtension;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration(proxyBeanMethods = false)
class SupportConfiguration {

    /** Session ends reach the audit (an impersonation ended by timeout). */
    @Bean
    HttpSessionEventPublisher supportSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Adds the POST-only switch-user filter to the portal's one security chain. */
    @Bean
    SecurityChainExtension impersonationChainExtension() {
        return http -> http.with(ImpersonationConfigurer.impersonation(), Customizer.withDefaults());
    }

    /** While an agent acts for a customer, every view shows who acts for whom, with "End". */
    @Bean
    ShellBanner impersonationShellBanner(CurrentUser currentUser, ObjectProvider<ImpersonationBanner> banners) {
        return () -> currentUser.isImpersonating() ? Optional.<Component>of(banners.getObject()) : Optional.empty();
    }
}
