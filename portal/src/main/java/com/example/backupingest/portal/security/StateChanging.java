package com.example.backupingest.portal.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that changes what the portal keeps or does for a customer (a booking,
 * alert mails, embed domains, a failover drill that drops their encoder, ...). {@code value} names
 * the action in the support audit (a constant of support's {@code AuditAction}). While a support
 * agent acts as the customer, support's one audit hook records every such call that succeeds, with
 * both identities, in the action's own transaction. Every service method a view calls carries this
 * or {@link ReadsOnly}: an architecture test fails for one that carries neither, so a new action
 * cannot slip past the audit.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface StateChanging {

    /** The audit action, e.g. {@code FAILOVER_DRILL}. */
    String value();
}
