package com.example.backupingest.portal.booking;

/** The two-tabs race and the database's own guard, on PostgreSQL. */
@OnPostgres
class BookingConcurrencyOnPostgresTest extends BookingConcurrencyTest {
}
