package com.example.backupingest.portal.booking;

/** Every bad input saves nothing, on PostgreSQL. */
@OnPostgres
class BookingValidationOnPostgresTest extends BookingValidationTest {
}
