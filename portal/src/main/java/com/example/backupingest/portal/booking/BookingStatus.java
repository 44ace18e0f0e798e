package com.example.backupingest.portal.booking;

public enum BookingStatus {
    ACTIVE, CANCELLED
}
