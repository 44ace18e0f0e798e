package com.example.backupingest.portal.booking;

import java.util.List;

/**
 * One reason a draft cannot be saved. {@code field} is "mode", "contents", "contents[i]" (0-based)
 * or "terms"; {@code messageKey} is an i18n key (e.g. {@code booking.error.name.blank}) with
 * {@code args} for its placeholders.
 */
public record BookingProblem(String field, String messageKey, List<Object> args) {

    public static BookingProblem of(String field, String messageKey, Object... args) {
        return new BookingProblem(field, messageKey, List.of(args));
    }
}
