package com.example.backupingest.portal.support;

/**
 * What a support agent did; stored by name in {@code support_audit.action} (at most 40 characters).
 * Besides start and end, each is the value of a {@code @StateChanging} service method; every
 * constant has its text in German and English ({@code support.audit.action.*}).
 */
public enum AuditAction {
    IMPERSONATION_STARTED, IMPERSONATION_ENDED, BOOKED, BOOKING_CHANGED, BOOKING_CANCELLED, FAILOVER_DRILL,
    ALERT_MAILS_CHANGED, EMBED_DOMAINS_CHANGED, STREAM_KEY_REGENERATED, DEMO_ENCODERS_STARTED,
    DEMO_ENCODERS_STOPPED, DEMO_ENCODER_KILLED, CONTENT_CHECKS_CHANGED
}
