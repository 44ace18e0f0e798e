/** The add-on's explanation page and the booking form with live slot arithmetic, price and history. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.booking.ui;
