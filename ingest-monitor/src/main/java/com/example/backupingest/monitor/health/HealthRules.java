package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.api.IngestPace;

import com.example.backupingest.monitor.transcode.TranscoderStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns {@link HealthInputs} into a state and a reason. Reasons are stable sentences without live
 * numbers, so a change of reason is a real change. A publisher dropped because its key was revoked
 * leaves that reason until the next publish. Segments count as stale after three segment
 * durations; a new publish gets five segment durations to produce its first one.
 */
public record HealthRules(Duration segment, Duration slowAfter) {

    public record Verdict(HealthState state, String reason) {
    }

    /** A starved input also slows the transcoder down: this reason comes first, it names the cause. */
    public static final String STARVED = IngestPace.STARVED_REASON;
    public static final String BURST = IngestPace.BURST_REASON;

    public Verdict judge(HealthInputs in, Instant now) {
        if (!in.publishing()) {
            HealthState idle = in.otherPublishing() ? HealthState.DOWN : HealthState.IDLE;
            if (in.revoked() != null) {
                return new Verdict(idle, in.revoked().healthReason());
            }
            return in.otherPublishing()
                    ? new Verdict(HealthState.DOWN, "No encoder publishes here while the other entrypoint receives the stream")
                    : new Verdict(HealthState.IDLE, "No encoder publishes");
        }
        Duration stale = segment.multipliedBy(3);
        if (in.newestSegmentAge() == null) {
            boolean starting = in.publishingFor() == null || in.publishingFor().compareTo(segment.multipliedBy(5)) < 0;
            return starting ? new Verdict(HealthState.DEGRADED, "Publishing; waiting for the first HLS segment")
                    : new Verdict(HealthState.DOWN, "Publishing, but no HLS segment has been written");
        }
        if (in.newestSegmentAge().compareTo(stale) > 0) {
            return new Verdict(HealthState.DOWN, "No new HLS segment for more than " + stale.toSeconds() + " s");
        }
        TranscoderStatus transcoder = in.transcoder();
        if (transcoder == null || !transcoder.running()) {
            return new Verdict(HealthState.DEGRADED, "Transcoder is restarting");
        }
        if (transcoder.restartedWithin(stale, now)) {
            return new Verdict(HealthState.DEGRADED, "Transcoder was restarted after a failure");
        }
        if (in.pace() == IngestPace.Verdict.STARVED) {
            return new Verdict(HealthState.DEGRADED, STARVED);
        }
        if (in.pace() == IngestPace.Verdict.BURST) {
            return new Verdict(HealthState.DEGRADED, BURST);
        }
        if (transcoder.slowFor(slowAfter, now)) {
            return new Verdict(HealthState.DEGRADED, "Transcoding is slower than real time");
        }
        return new Verdict(HealthState.LIVE, "Publishing; segments are flowing");
    }
}
