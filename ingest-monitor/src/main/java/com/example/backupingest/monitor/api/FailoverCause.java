package com.example.backupingest.monitor.api;


/**
 * Why an edge chose a source or left one: a type, not a sentence, so every reader (the portal's
 * timeline and alert mails in the customer's language, metrics, logs) words it itself. Whether
 * the edge found the other source clean is in {@link FailoverHappened#to()} (null: neither clean,
 * the edge holds; that need not mean down: an encoder may still publish while its segments stall).
 */
public enum FailoverCause {
    /** Rule 1: a new edge starts on the primary. */
    START,
    /** The encoder on the active entrypoint disconnected (crash, cut line, stopped stream). */
    PUBLISHER_GONE,
    /** The active entrypoint delivered no new segment for the stall threshold (frozen encoder or transcoder). */
    STALL,
    /** The customer's failover drill: the active entrypoint is treated as broken and its encoder dropped. */
    DRILL,
    /** Rule 5: the edge held (neither clean) and {@code to} became clean first. */
    RESUMED,
    /** The active entrypoint's picture was black for its threshold while the other one had a picture. */
    PICTURE_BLACK,
    /** The active entrypoint's picture stood still for its threshold while the other one's moved. */
    PICTURE_FROZEN,
    /** The active entrypoint's sound was silent for its threshold while the other one had sound. */
    AUDIO_SILENT,
    /** The active entrypoint sent no sound for its threshold while the other one did. */
    AUDIO_MISSING,
    /** The active entrypoint sent no picture for its threshold while the other one did. */
    VIDEO_MISSING;

    /** The cause of leaving a source for a content fault. */
    public static FailoverCause of(ContentFault fault) {
        return switch (fault) {
            case PICTURE_BLACK -> PICTURE_BLACK;
            case PICTURE_FROZEN -> PICTURE_FROZEN;
            case AUDIO_SILENT -> AUDIO_SILENT;
            case AUDIO_MISSING -> AUDIO_MISSING;
            case VIDEO_MISSING -> VIDEO_MISSING;
        };
    }

    /** Whether it is a content fault (the source still delivered segments). */
    public boolean content() {
        return ordinal() >= PICTURE_BLACK.ordinal();
    }
}
