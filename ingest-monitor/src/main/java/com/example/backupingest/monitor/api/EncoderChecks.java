package com.example.backupingest.monitor.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks of one entrypoint's encoder settings and of its picture and sound, in the terms an
 * encoder's settings page uses. Bit rates are judged once nginx-rtmp has averaged them for a while
 * ({@link #SETTLED}); the picture and sound faults once they last the content's threshold.
 */
final class EncoderChecks {

    /** nginx-rtmp averages bit rates over 10 s; before that they read low. */
    static final Duration SETTLED = Duration.ofSeconds(15);
    static final Duration LONGEST_KEYFRAME_INTERVAL = Duration.ofSeconds(4);
    static final Duration IRREGULAR_KEYFRAMES = Duration.ofMillis(500);
    /**
     * The edges' EXT-X-TARGETDURATION with the default 2 s segments ({@code monitor.segment-duration}): a
     * copied original's segment lasts one GOP or more, and one that rounds to more is left out.
     */
    static final long EDGE_TARGET_SECONDS = 2;
    static final double HIGHEST_FPS = 60.5;
    static final long LOWEST_AUDIO_KBPS = 96;

    private EncoderChecks() {
    }

    static List<HealthCheck> all() {
        return List.of(EncoderChecks::videoBitrate, EncoderChecks::keyframes, EncoderChecks::interlaced,
                EncoderChecks::frameRate, EncoderChecks::sampleRate, EncoderChecks::audioBitrate,
                EncoderChecks::channels, EncoderChecks::pace, EncoderChecks::contentFaults);
    }

    static List<HealthIssue> videoBitrate(EntrypointHealth h, Instant now) {
        Long kbps = h.details().videoKbps();
        if (!settled(h, now) || kbps == null || kbps <= 0 || h.height() == null) {
            return List.of();
        }
        Optional<BitrateRange.Range> range = BitrateRange.of(h.height(), h.fps() == null ? 0 : h.fps());
        return range.filter(r -> kbps < r.min()).map(r -> issue(IssueCode.VIDEO_BITRATE_LOW, h, kbps, r.min(), r.max(),
                        r.format()))
                .or(() -> range.filter(r -> kbps > r.max()).map(r -> issue(IssueCode.VIDEO_BITRATE_HIGH, h, kbps,
                        r.min(), r.max(), r.format())))
                .stream().toList();
    }

    static List<HealthIssue> keyframes(EntrypointHealth h, Instant now) {
        List<HealthIssue> found = new ArrayList<>();
        Duration interval = h.keyframeInterval();
        if (interval != null && interval.compareTo(LONGEST_KEYFRAME_INTERVAL) > 0) {
            found.add(issue(IssueCode.KEYFRAME_INTERVAL_LONG, h, seconds(interval)));
        } else if (interval != null && Math.round(interval.toMillis() / 1000.0) > EDGE_TARGET_SECONDS) {
            // 3-4 s (over 4 s the error above says it, with the same fix)
            found.add(issue(IssueCode.KEYFRAME_INTERVAL_OVER_SEGMENT, h, seconds(interval)));
        }
        Duration spread = h.details().keyframeSpread();
        if (spread != null && spread.compareTo(IRREGULAR_KEYFRAMES) > 0) {
            found.add(issue(IssueCode.KEYFRAME_INTERVAL_IRREGULAR, h, seconds(spread)));
        }
        return found;
    }

    static List<HealthIssue> interlaced(EntrypointHealth h, Instant now) {
        return Boolean.TRUE.equals(h.details().interlaced()) ? List.of(issue(IssueCode.INTERLACED, h)) : List.of();
    }

    static List<HealthIssue> frameRate(EntrypointHealth h, Instant now) {
        Double fps = h.fps();
        return fps != null && fps > HIGHEST_FPS ? List.of(issue(IssueCode.FRAME_RATE_HIGH, h, Math.round(fps)))
                : List.of();
    }

    static List<HealthIssue> sampleRate(EntrypointHealth h, Instant now) {
        Integer rate = h.details().audioSampleRate();
        return rate != null && rate != 44_100 && rate != 48_000
                ? List.of(issue(IssueCode.AUDIO_SAMPLE_RATE, h, rate)) : List.of();
    }

    static List<HealthIssue> audioBitrate(EntrypointHealth h, Instant now) {
        Long kbps = h.details().audioKbps();
        return settled(h, now) && kbps != null && kbps > 0 && kbps < LOWEST_AUDIO_KBPS
                ? List.of(issue(IssueCode.AUDIO_BITRATE_LOW, h, kbps, LOWEST_AUDIO_KBPS)) : List.of();
    }

    static List<HealthIssue> channels(EntrypointHealth h, Instant now) {
        Integer channels = h.details().audioChannels();
        return channels != null && channels > 2 ? List.of(issue(IssueCode.AUDIO_CHANNELS, h, channels)) : List.of();
    }

    /** Media time arriving slower (starved uplink) or faster (a burst after a stall) than the wall clock. */
    static List<HealthIssue> pace(EntrypointHealth h, Instant now) {
        Double rate = h.ingestRate();
        if (!h.publishing() || rate == null) {
            return List.of();
        }
        String shown = String.format(Locale.ROOT, "%.2f", rate);
        return rate < IngestPace.STARVED_BELOW ? List.of(issue(IssueCode.INGEST_SLOW, h, shown))
                : rate > IngestPace.BURST_ABOVE ? List.of(issue(IssueCode.INGEST_BURST, h, shown)) : List.of();
    }

    /** A picture or sound fault that has lasted its threshold (its check switched on). */
    static List<HealthIssue> contentFaults(EntrypointHealth h, Instant now) {
        List<HealthIssue> found = new ArrayList<>();
        for (ActiveFault fault : h.details().faults()) {
            Duration lasting = fault.lasting(now);
            h.details().checks().threshold(fault.fault()).filter(t -> lasting.compareTo(t) >= 0).ifPresent(
                    t -> found.add(issue(IssueCode.valueOf(fault.fault().name()), h, lasting.toSeconds())));
        }
        return found;
    }

    private static boolean settled(EntrypointHealth h, Instant now) {
        return h.publishingSince() != null && !h.publishingSince().plus(SETTLED).isAfter(now);
    }

    private static HealthIssue issue(IssueCode code, EntrypointHealth h, Object... values) {
        return HealthIssue.of(code, h.entrypoint(), values);
    }

    static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : String.format(Locale.ROOT, "%.1f", s);
    }
}
