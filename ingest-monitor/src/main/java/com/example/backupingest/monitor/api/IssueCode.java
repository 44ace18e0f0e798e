package com.example.backupingest.monitor.api;

/**
 * Every health issue the monitor names, with its usual severity and the figures it carries. The
 * portal words each as a title and a fix in OBS and vMix terms ({@code live.issue.<CODE>.title} /
 * {@code .fix} in its translations, German and English); the monitor's API gives the code, severity
 * and values. Adding a check: a constant here, a {@link HealthCheck} (or {@link PairCheck}) in
 * {@link HealthIssues#standard()}, and its two texts in both languages.
 */
public enum IssueCode {
    /** values: measured kbit/s, minimum, maximum, resolution (e.g. 1080p30). */
    VIDEO_BITRATE_LOW(Severity.WARNING),
    /** values: measured kbit/s, minimum, maximum, resolution. */
    VIDEO_BITRATE_HIGH(Severity.WARNING),
    /** values: interval in seconds. Longer than 4 s: the original's segments outgrow the edges' stall threshold. */
    KEYFRAME_INTERVAL_LONG(Severity.ERROR),
    /**
     * values: interval in seconds. Rounded, over the edges' 2 s target duration (and at most 4 s, else
     * {@link #KEYFRAME_INTERVAL_LONG}): the original's segments are left out of the edge playlists and
     * viewers are kept on 480p and 360p (issue 21).
     */
    KEYFRAME_INTERVAL_OVER_SEGMENT(Severity.WARNING),
    /** values: longest minus shortest of the last intervals, in seconds. */
    KEYFRAME_INTERVAL_IRREGULAR(Severity.WARNING),
    /** values: none. */
    INTERLACED(Severity.WARNING),
    /** values: frames per second. */
    FRAME_RATE_HIGH(Severity.WARNING),
    /** values: sample rate in Hz. */
    AUDIO_SAMPLE_RATE(Severity.WARNING),
    /** values: measured kbit/s, minimum. */
    AUDIO_BITRATE_LOW(Severity.WARNING),
    /** values: channel count. */
    AUDIO_CHANNELS(Severity.WARNING),
    /** values: media seconds per second (e.g. 0.62). Below 0.9: the encoder's uplink cannot carry the stream. */
    INGEST_SLOW(Severity.ERROR),
    /** values: media seconds per second. Above 1.1: a backlog arrives at once (after a stall, or a file pushed). */
    INGEST_BURST(Severity.WARNING),
    /** values: seconds so far. Content faults: shown once they last their threshold. */
    PICTURE_BLACK(Severity.WARNING),
    /** values: seconds so far. */
    PICTURE_FROZEN(Severity.WARNING),
    /** values: seconds so far. */
    AUDIO_SILENT(Severity.WARNING),
    /** values: seconds so far. */
    AUDIO_MISSING(Severity.WARNING),
    /** values: seconds so far. */
    VIDEO_MISSING(Severity.WARNING),
    /** Both entrypoints show it: the programme itself (a black slate, a slide, a pause). values: none. */
    PROGRAMME_BLACK(Severity.INFO),
    /** values: none. */
    PROGRAMME_FROZEN(Severity.INFO),
    /** values: none. */
    PROGRAMME_SILENT(Severity.INFO),
    /** Between A and B; values: A's, B's (here and below). */
    AB_RESOLUTION(Severity.WARNING),
    AB_FRAME_RATE(Severity.WARNING),
    AB_VIDEO_CODEC(Severity.WARNING),
    AB_AUDIO_CODEC(Severity.WARNING),
    AB_KEYFRAME_INTERVAL(Severity.WARNING),
    AB_AUDIO_PRESENCE(Severity.WARNING),
    /** values: A's and B's video kbit/s (more than 25 % apart). */
    AB_VIDEO_BITRATE(Severity.WARNING),
    AB_AUDIO_SAMPLE_RATE(Severity.WARNING),
    AB_AUDIO_CHANNELS(Severity.WARNING),
    AB_INTERLACING(Severity.WARNING);

    private final Severity severity;

    IssueCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** Between A and B rather than of one entrypoint. */
    public boolean pair() {
        return name().startsWith("AB_") || name().startsWith("PROGRAMME_");
    }
}
