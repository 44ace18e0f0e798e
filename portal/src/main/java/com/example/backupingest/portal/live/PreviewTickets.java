package com.example.backupingest.portal.live;

import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The owner's preview of one content: its master playlist with a short-lived preview ticket, and
 * where the open Live page gets the next ticket ({@code next}, every {@code renewEvery}, well within a
 * ticket's life). A stolen preview ticket stops working when it expires; only an open Live page of the
 * account gets new ones. {@code next} is null where no tickets are issued (no viewers module).
 */
public record PreviewTickets(String playlist, @Nullable Supplier<String> next, Duration renewEvery) {
}
