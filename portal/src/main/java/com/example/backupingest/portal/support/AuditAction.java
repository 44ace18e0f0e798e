package com.example.backupingest.portal.support;

/** What a support agent did; stored by name in {@code support_audit.action}. */
public enum AuditAction {
    IMPERSONATION_STARTED, IMPERSONATION_ENDED, BOOKED, BOOKING_CHANGED, BOOKING_CANCELLED
}
