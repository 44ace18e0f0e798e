package com.example.backupingest.monitor.event;

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
    RESUMED
}
