package com.example.backupingest.portal.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter of a {@link StateChanging} method whose value the audit row shows (a content id, a
 * switch turned on or off). Never put it on a secret: the customer's Support access page shows it.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditDetail {
}
