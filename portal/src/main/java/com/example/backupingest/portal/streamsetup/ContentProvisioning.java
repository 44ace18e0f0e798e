package com.example.backupingest.portal.streamsetup;

import java.util.List;

/**
 * Sets an account's contents and keys when the add-on is booked, changed or cancelled. Called
 * by the booking service inside its transaction, with the account row already locked.
 */
public interface ContentProvisioning {

    /** Every account streams at least one content ("Livestream") with a primary key. */
    void ensureDefaultContent(long accountId);

    /**
     * Makes {@code names} (normalized, distinct) the active contents, in order. A name matching an
     * active content (trimmed, case-insensitive) keeps that content and its keys; new names get a
     * new content with primary and backup key; contents no longer named are deactivated and
     * their keys revoked.
     */
    void applyBooking(long accountId, List<String> names);

    /**
     * Like {@link #applyBooking(long, List)}, but a row that names an existing content by its id keeps
     * that content (id, keys, website embeds) under the row's name; rows with id "" are matched by name
     * or created. Contents no row keeps are deactivated and their keys revoked: the customer removed
     * them on purpose. An id that is not an active content of the account is refused.
     */
    void applyBooking(long accountId, List<String> names, List<String> contentIds);

    /**
     * The add-on ends: every backup key is revoked; the first {@code keepContents} contents keep
     * their primary key (at least one), the others are deactivated.
     */
    void endBooking(long accountId, int keepContents);
}
