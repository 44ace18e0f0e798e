package com.example.backupingest.portal.base;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Spring Security's context holder strategy is a JVM-wide static that every Vaadin application
 * context replaces with its own on start-up. With several cached contexts in one test JVM, the
 * test's user would land in another context's strategy; this puts the test's own back first
 * (before {@code @WithSecurityContext} annotations are applied).
 */
public class SecurityStrategyTestListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
