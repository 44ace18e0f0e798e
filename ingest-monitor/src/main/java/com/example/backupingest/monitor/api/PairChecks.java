package com.example.backupingest.monitor.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The comparisons between A and B: every {@link Mismatch} becomes an issue between the two (a failover
 * would change what viewers get). The values are A's and B's as the mismatch gives them.
 */
final class PairChecks {

    private static final Map<String, IssueCode> CODES = Map.ofEntries(
            Map.entry("resolution", IssueCode.AB_RESOLUTION),
            Map.entry("fps", IssueCode.AB_FRAME_RATE),
            Map.entry("videoCodec", IssueCode.AB_VIDEO_CODEC),
            Map.entry("audioCodec", IssueCode.AB_AUDIO_CODEC),
            Map.entry("keyframeInterval", IssueCode.AB_KEYFRAME_INTERVAL),
            Map.entry("audio", IssueCode.AB_AUDIO_PRESENCE),
            Map.entry("videoBitrate", IssueCode.AB_VIDEO_BITRATE),
            Map.entry("audioSampleRate", IssueCode.AB_AUDIO_SAMPLE_RATE),
            Map.entry("audioChannels", IssueCode.AB_AUDIO_CHANNELS),
            Map.entry("interlacing", IssueCode.AB_INTERLACING));

    private static final MismatchDetector DETECTOR = new MismatchDetector();

    private PairChecks() {
    }

    static List<PairCheck> all() {
        return List.of(PairChecks::mismatches);
    }

    static List<HealthIssue> mismatches(EntrypointHealth primary, EntrypointHealth backup, Instant now) {
        return DETECTOR.detect(primary, backup).stream().filter(m -> CODES.containsKey(m.field()))
                .map(m -> HealthIssue.of(CODES.get(m.field()), null, m.primaryValue(), m.backupValue()))
                .toList();
    }
}
