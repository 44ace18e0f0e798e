package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.monitor.event.FailoverHappened;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.viewers.SeatsFull;
import java.util.List;

/**
 * The failover timeline, kept in the database so it survives a reload. Written from monitor
 * events under the event's own account; read only for the signed-in (or impersonated) account.
 */
public final class FailoverTimeline {

    /** Stored rows read for one page: one failover is a row per edge, grouped into one event on the page. */
    static final int LIMIT = 200;

    private final TimelineRepository repository;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;

    FailoverTimeline(TimelineRepository repository, AccountDirectory accounts, CurrentUser currentUser) {
        this.repository = repository;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Called by the event router; events of accounts the portal does not know are dropped. */
    void record(FailoverHappened event) {
        if (accounts.find(event.accountId()).isPresent()) {
            repository.insert(event);
        }
    }

    /** Called when a viewer was turned away; returns the row as the Live page shows it. */
    TimelineEntry recordSeatsFull(SeatsFull event) {
        TimelineEntry entry = TimelineEntry.seatsFull(event.at(), event.contentId(), event.seats());
        if (accounts.find(event.accountId()).isPresent()) {
            repository.insertSeatsFull(event.accountId(), entry);
        }
        return entry;
    }

    /** Newest first, at most 200 rows, of the current account only. */
    @ReadsOnly
    public List<TimelineEntry> recent(String contentId) {
        return repository.recent(currentUser.requireAccountId(), contentId, LIMIT);
    }
}
