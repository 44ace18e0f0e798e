package com.example.backupingest.portal.booking;

/** PARALLEL: the same signal on both entrypoints all the time; STANDBY: backup used only when trouble comes. */
public enum BookingMode {
    PARALLEL, STANDBY
}
