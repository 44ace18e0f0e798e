package com.example.backupingest.monitor.viewer;

import java.time.Instant;

/**
 * Where edges report that a viewer loaded a playlist (it still holds its seat). Called on the
 * request thread: implementations must be cheap and must not block (a remote sink batches).
 * Preview tickets are not reported.
 */
@FunctionalInterface
public interface ViewerSink {

    ViewerSink NONE = (accountId, contentId, edgeId, viewerId, at) -> {
    };

    void seen(long accountId, String contentId, String edgeId, String viewerId, Instant at);
}
