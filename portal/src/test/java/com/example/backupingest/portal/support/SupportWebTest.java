package com.example.backupingest.portal.support;

import com.example.backupingest.portal.account.BackendTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The portal's Spring context (real H2 + Flyway) with its real security filter chain, so HTTP
 * tests run the switch through the real filters: the backend tests' context ({@link BackendTest}),
 * which has that chain too, so these classes share its cached context (each test makes its own
 * accounts, and is signed out after each method).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BackendTest
@interface SupportWebTest {
}
