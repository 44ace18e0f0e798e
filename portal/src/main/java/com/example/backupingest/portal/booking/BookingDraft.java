package com.example.backupingest.portal.booking;

import java.util.Collections;
import java.util.List;

/**
 * What the booking form holds; content names as typed (trimmed by the service). {@code contentIds}
 * runs beside the names: the id of the account's existing content a row stands for, "" for a new one.
 * A row with an id keeps that content (id, keys, embeds), whatever its name now says; an existing
 * content without a row is removed, which the form only does after a warning.
 */
public record BookingDraft(BookingMode mode, List<String> contentNames, boolean termsAccepted,
        List<String> contentIds) {

    public BookingDraft {
        contentIds = contentIds == null ? List.of() : List.copyOf(contentIds);
    }

    /** Names only: contents are kept by name (as before ids), new names get new contents. */
    public BookingDraft(BookingMode mode, List<String> contentNames, boolean termsAccepted) {
        this(mode, contentNames, termsAccepted, contentNames == null ? List.of()
                : Collections.nCopies(contentNames.size(), ""));
    }

    /** The existing content id of row {@code index}, "" for a new content. */
    public String contentId(int index) {
        return index < contentIds.size() ? contentIds.get(index) : "";
    }
}
