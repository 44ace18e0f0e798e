/**
 * Support agents: look customers up, act as a customer through Spring Security's switch-user
 * mechanism, and an append-only audit of every impersonation and every action taken in it.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.support;
