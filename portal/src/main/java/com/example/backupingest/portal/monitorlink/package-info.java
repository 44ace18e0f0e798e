/**
 * The link to monitors on other hosts: they ask for stream keys over an endpoint of their own
 * ({@code /api/monitor/**}), authenticated by a shared secret per monitor, never by customer logins.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.monitorlink;
