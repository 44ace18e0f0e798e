package com.example.backupingest.monitor.api;

/** How much a health issue matters (YouTube's ingestion health uses the same three). */
public enum Severity {
    /** Worth knowing, nothing to fix (e.g. the programme is black on both entrypoints). */
    INFO,
    /** Viewers may notice; fix it in the encoder when you can. */
    WARNING,
    /** Viewers get a broken stream, or failover cannot work as booked. */
    ERROR
}
