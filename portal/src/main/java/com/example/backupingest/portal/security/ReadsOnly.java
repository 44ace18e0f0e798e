package com.example.backupingest.portal.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The counterpart of {@link StateChanging}: a service method a view calls that changes nothing the
 * portal keeps for the customer (it reads, or touches only this browser's own preferences). Saying
 * so is required, so that every method a view can reach has been looked at once.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsOnly {
}
