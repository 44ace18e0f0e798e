package com.example.backupingest.portal.viewers;

import java.time.Instant;

/** A viewer was turned away because every seat of the account was taken (once per episode). */
public record SeatsFull(long accountId, String contentId, int seats, Instant at) {
}
