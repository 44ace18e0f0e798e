/**
 * What the portal and the monitor hosts share for operations: the actuator's security chain
 * ({@code health} and {@code info} public, the rest for the operator over HTTP Basic) and the check of
 * the other side's readiness ({@code /actuator/health/readiness}).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.api.ops;
