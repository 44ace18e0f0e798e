package com.example.backupingest.portal.booking;

/** Book, change, cancel and history, on PostgreSQL. */
@OnPostgres
class BookingLifecycleOnPostgresTest extends BookingLifecycleTest {
}
