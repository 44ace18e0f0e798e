package com.example.backupingest.portal.security;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a signed-in portal user. {@code impersonatedBy} non-empty: a support agent of
 * that name acts on the customer's behalf (as Spring's switch-user filter marks it).
 */
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithPortalUserFactory.class)
public @interface WithPortalUser {

    String username() default "anna";

    String displayName() default "Anna Example";

    Role role() default Role.CUSTOMER;

    long accountId() default 7;

    String impersonatedBy() default "";
}
