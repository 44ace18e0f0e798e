/**
 * Operability of the portal: the operator-only actuator chain, health of remote monitors, and
 * metrics (push sessions, mail outbox backlog, login failures).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.ops;
