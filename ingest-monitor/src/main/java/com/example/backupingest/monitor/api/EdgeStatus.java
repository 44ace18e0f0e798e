package com.example.backupingest.monitor.api;

import org.jspecify.annotations.Nullable;

/** Which entrypoint one edge of a content serves now; {@code active} is null while it holds (no entrypoint clean). */
public record EdgeStatus(String contentId, String edgeId, @Nullable Entrypoint active) {
}
