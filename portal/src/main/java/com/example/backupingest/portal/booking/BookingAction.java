package com.example.backupingest.portal.booking;

public enum BookingAction {
    BOOKED, CHANGED, CANCELLED
}
