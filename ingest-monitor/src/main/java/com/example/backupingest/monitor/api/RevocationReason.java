package com.example.backupingest.monitor.api;

/**
 * Why a stream key stopped being valid while its encoder may still be sending: the portal says so
 * when it revokes a key, and the monitor drops that key's publisher. {@link #KEY_INVALID}: a re-check
 * found the key no longer valid without being told why (e.g. after a reconnect to the portal).
 * {@link #healthReason()} is what the entrypoint's health says until the next publish (the portal
 * translates it); {@link #endReason()} goes into the publish's PublishEnded.
 */
public enum RevocationReason {
    KEY_REGENERATED("The stream key was regenerated; the encoder with the old key was disconnected",
            "stream key revoked: regenerated"),
    BOOKING_ENDED("The booking ended; the encoder was disconnected", "stream key revoked: booking ended"),
    CONTENT_REMOVED("The content was removed; the encoder was disconnected", "stream key revoked: content removed"),
    KEY_INVALID("The stream key is no longer valid; the encoder was disconnected", "stream key revoked");

    private final String healthReason;
    private final String endReason;

    RevocationReason(String healthReason, String endReason) {
        this.healthReason = healthReason;
        this.endReason = endReason;
    }

    public String healthReason() {
        return healthReason;
    }

    public String endReason() {
        return endReason;
    }

    /** The revocation behind a PublishEnded's reason, if it was one. */
    public static java.util.Optional<RevocationReason> ofEndReason(String reason) {
        return java.util.Arrays.stream(values()).filter(r -> r.endReason.equals(reason)).findFirst();
    }
}
