package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.ReadsOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The last result of the readiness write probe (ops' {@code databaseWrites} indicator), for the Live
 * page: the database can refuse writes while no timeline row waits (nothing happened meanwhile), and the
 * page must say so then too, not only when rows wait (issue 21). Updated whenever readiness is asked.
 */
public final class DatabaseWrites {

    /** Failing since {@code since}; {@code error} is the last failure's exception type. */
    public record Failing(Instant since, String error) {
    }

    private final Clock clock;
    private volatile @Nullable Failing failing;

    public DatabaseWrites(Clock clock) {
        this.clock = clock;
    }

    public void probeFailed(String error) {
        Failing before = failing;
        failing = new Failing(before == null ? clock.instant() : before.since(), error);
    }

    public void probeSucceeded() {
        failing = null;
    }

    /** Present while the last probe failed. */
    @ReadsOnly
    public Optional<Failing> failing() {
        return Optional.ofNullable(failing);
    }
}
