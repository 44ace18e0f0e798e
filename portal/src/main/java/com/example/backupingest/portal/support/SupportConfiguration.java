package com.example.backupingest.portal.support;

import com.example.backupingest.portal.base.ShellBanner;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.SecurityChainExtension;
import com.example.backupingest.portal.security.StateChanging;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionOperations;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration(proxyBeanMethods = false)
class SupportConfiguration {

    /**
     * The audit hook on every {@code @StateChanging} service method of every feature (the method's
     * own annotation or its interface's). Infrastructure role: picked up by the auto-proxy creator
     * that method security and transactions use, so no AspectJ is needed.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor impersonationAuditAdvisor(ObjectProvider<CurrentUser> currentUser,
            ObjectProvider<AuditTrail> trail, ObjectProvider<AuditClock> clock,
            ObjectProvider<TransactionOperations> transactions,
            ObjectProvider<SecurityContextHolderStrategy> strategies) {
        var advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(null, StateChanging.class, true),
                new ImpersonationAuditInterceptor(currentUser, trail, clock, transactions, strategies));
        // Inside method security's checks: a refused call is no action and leaves no row.
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

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
