package com.example.backupingest.monitor.api.viewer;

import java.time.Instant;

/**
 * Where edges report that a viewer loaded a playlist: its first load takes a seat, later ones keep
 * it. Called on the request thread: implementations must be cheap and must not block (a remote sink
 * batches). Preview tickets are not reported. {@code address}: the client the ticket is bound to.
 */
@FunctionalInterface
public interface ViewerSink {

    ViewerSink NONE = (accountId, contentId, edgeId, viewerId, address, at) -> true;

    /**
     * @return false when the viewer may not hold a seat (all of the account's seats are held): the
     *         edge refuses its ticket from then on. A remote sink answers true and tells
     *         {@link #onRefusal} later.
     */
    boolean seen(long accountId, String contentId, String edgeId, String viewerId, String address, Instant at);

    /** A sink that learns of refusals only later (from the portal's answer) tells them here. */
    default void onRefusal(Refusals refusals) {
    }

    /** Viewers the portal found no seat for. */
    @FunctionalInterface
    interface Refusals {
        void refused(String contentId, String edgeId, String viewerId);
    }
}
