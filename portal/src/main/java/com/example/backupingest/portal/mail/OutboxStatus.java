package com.example.backupingest.portal.mail;

/** PENDING: waits for (another) attempt; SENDING: claimed by a relay; SENT; FAILED: gave up after max attempts. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED
}
