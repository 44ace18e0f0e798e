package com.example.backupingest.portal.account;

import java.util.Optional;

/**
 * Account look-ups for code that runs without (or beyond) a signed-in user: the stream-key
 * directory on an nginx callback thread, and the booking service that serialises writes per
 * account. Never hand it to a view; views use {@link AccountService}.
 */
public interface AccountDirectory {

    Optional<AccountSummary> find(long accountId);

    /**
     * Reads the account and locks its row until the surrounding transaction ends, so concurrent
     * writes to one account (two tabs, two nodes) run one after the other.
     */
    AccountSummary lockForUpdate(long accountId);
}
