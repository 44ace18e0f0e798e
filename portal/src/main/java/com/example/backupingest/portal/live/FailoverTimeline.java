package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.viewers.SeatsFull;
import java.util.List;
import java.util.Optional;

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
    private final TimelineWriter writer;

    FailoverTimeline(TimelineRepository repository, AccountDirectory accounts, CurrentUser currentUser,
            TimelineWriter writer) {
        this.repository = repository;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.writer = writer;
    }

    /**
     * Called by the event router; events of accounts the portal does not know are dropped. A row the
     * database refuses is retried ({@link TimelineWriter}), never dropped silently.
     */
    void record(FailoverHappened event) {
        writer.save(new TimelineWriter.Row() {
            @Override
            public void insert() {
                if (accounts.find(event.accountId()).isPresent()) {
                    repository.insert(event);
                }
            }

            @Override
            public String describe() {
                return "failover " + event;
            }
        });
    }

    /** Called when a viewer was turned away; returns the row as the Live page shows it. */
    TimelineEntry recordSeatsFull(SeatsFull event) {
        TimelineEntry entry = TimelineEntry.seatsFull(event.at(), event.contentId(), event.seats());
        writer.save(new TimelineWriter.Row() {
            @Override
            public void insert() {
                if (accounts.find(event.accountId()).isPresent()) {
                    repository.insertSeatsFull(event.accountId(), entry);
                }
            }

            @Override
            public String describe() {
                return "seats full " + event;
            }
        });
        return entry;
    }

    /** Rows the database has not taken yet (it refused them; they are retried): for readiness and the Live page. */
    @ReadsOnly
    public Optional<UnsavedRows> unsaved() {
        return writer.trouble().map(t -> new UnsavedRows(t.since(), t.unsaved(), t.error()));
    }

    /** Timeline rows waiting for the database since {@code since}; {@code error} is its last refusal. */
    public record UnsavedRows(java.time.Instant since, int count, String error) {
    }

    /** Newest first, at most 200 rows, of the current account only. */
    @ReadsOnly
    public List<TimelineEntry> recent(String contentId) {
        return repository.recent(currentUser.requireAccountId(), contentId, LIMIT);
    }
}
