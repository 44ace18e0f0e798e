package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A decision of one edge's {@link FailoverPolicy}. {@code from} null: nothing was served before
 * (start, or resuming after a hold); {@code to} null: no entrypoint clean, playlists hold.
 */
record Transition(@Nullable Entrypoint from, @Nullable Entrypoint to, FailoverCause cause, Instant at,
        Duration detection) {

    boolean drill() {
        return cause == FailoverCause.DRILL;
    }
}
