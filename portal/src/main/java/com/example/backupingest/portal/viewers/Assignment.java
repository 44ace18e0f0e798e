package com.example.backupingest.portal.viewers;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /player/api/{contentId}/assign?viewer=<id>[&avoid=<edgeId>]}, as JSON.
 * {@code state}: {@code live} (then {@code edgeId} and {@code master}, the absolute URL of the
 * ticketed master playlist on that edge's distribution server, are set), {@code not-live-yet},
 * {@code ended}, {@code seats-full}, {@code busy} (this client address asked for too many tickets
 * too fast: HTTP 429) or {@code unknown} (no such content). {@code retryAfterSeconds}:
 * when the player should ask again if it is not live (0 when live).
 */
public record Assignment(String state, @Nullable String edgeId, @Nullable String master, int retryAfterSeconds) {

    public static final String LIVE = "live";
    public static final String NOT_LIVE_YET = "not-live-yet";
    public static final String ENDED = "ended";
    public static final String SEATS_FULL = "seats-full";
    public static final String UNKNOWN = "unknown";
    public static final String BUSY = "busy";

    public static Assignment live(String edgeId, String master) {
        return new Assignment(LIVE, edgeId, master, 0);
    }

    public static Assignment waiting(String state, int retryAfterSeconds) {
        return new Assignment(state, null, null, retryAfterSeconds);
    }
}
