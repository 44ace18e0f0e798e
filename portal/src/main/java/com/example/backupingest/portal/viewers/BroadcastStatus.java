package com.example.backupingest.portal.viewers;

import com.example.backupingest.portal.security.ReadsOnly;

/**
 * Whether a content is on air, as the player page tells its viewers. Implemented by the live module
 * (it follows the publishes, in-process or from remote monitors).
 */
public interface BroadcastStatus {

    enum State {
        /** No encoder has published since the portal started watching: "not live yet". */
        NOT_STARTED,
        /** At least one entrypoint receives the content. */
        LIVE,
        /** It was live and no entrypoint receives it any more: "the broadcast has ended". */
        ENDED
    }

    @ReadsOnly
    State state(String contentId);
}
