package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Which entrypoint one edge (distribution server) serves now; null while it holds (both down). */
public record EdgeSource(String edgeId, @Nullable Entrypoint active, Instant since) {
}
