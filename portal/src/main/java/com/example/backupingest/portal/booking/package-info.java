/** Booking, changing and cancelling the backup-ingest add-on; its history and events. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.booking;
