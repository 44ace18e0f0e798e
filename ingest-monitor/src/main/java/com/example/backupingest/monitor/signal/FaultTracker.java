package com.example.backupingest.monitor.signal;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentFault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns analysed frames into the faults an entrypoint shows now, each with its start on the wall
 * clock: a start the filter reports in stream time is moved back by the same stream time from the
 * frame's arrival. A picture is frozen once it has stood still for {@link #STILL_FOR}; one moving
 * difference between still ones (an encoder re-quantising the frozen picture at a keyframe) does not
 * end it, two in a row do. While the picture is black it is also still, so only "black" is named;
 * while audio is missing, it is not "silent". Audio missing means no audio frame for
 * {@link #MISSING_AFTER} of pictures (and the other way round).
 */
final class FaultTracker {

    static final double MISSING_AFTER = 1.0;
    static final double STILL_FOR = 0.4;
    private static final int KEYFRAMES = 9;

    private @Nullable Instant blackSince;
    private @Nullable Instant frozenSince;
    /** Stream time of the first still difference of the current still run, and its wall-clock start. */
    private double stillSince = Double.NaN;
    private @Nullable Instant stillSinceWall;
    private int movingInARow;
    private @Nullable Instant silentSince;
    private @Nullable Instant audioMissingSince;
    private @Nullable Instant videoMissingSince;
    private double firstVideo = Double.NaN;
    private double lastVideo = Double.NaN;
    private double firstAudio = Double.NaN;
    private double lastAudio = Double.NaN;
    private final Deque<Double> keyframes = new ArrayDeque<>();
    private double lastKeyframe = Double.NaN;
    private @Nullable Boolean lastKeyframeInterlaced;
    private @Nullable Instant lastAnalysed;

    /** Returns whether the set of faults (or a start) changed. */
    boolean accept(MetadataBlock block, Instant arrival) {
        List<ActiveFault> before = faults();
        lastAnalysed = arrival;
        switch (block.kind()) {
            case 'v' -> video(block, arrival);
            case 'a' -> audio(block, arrival);
            case 'f' -> motion(block, arrival);
            case 'k' -> keyframe(block.time());
            case 'i' -> {
                if (block.time() == lastKeyframe) {
                    lastKeyframeInterlaced = true;
                }
            }
            default -> {
                // a newer filter chain's branch
            }
        }
        return !before.equals(faults());
    }

    private void video(MetadataBlock block, Instant arrival) {
        double t = block.time();
        if (Double.isNaN(firstVideo)) {
            firstVideo = t;
        }
        lastVideo = t;
        videoMissingSince = null;
        Double black = block.seconds("lavfi.black_start");
        if (black != null) {
            blackSince = wall(black, block, arrival);
        } else if (block.has("lavfi.black_end")) {
            blackSince = null;
        }
        double lastSound = Double.isNaN(lastAudio) ? firstVideo : lastAudio;
        if (audioMissingSince == null && t - lastSound >= MISSING_AFTER) {
            audioMissingSince = wall(lastSound, block, arrival);
        }
    }

    /** A difference picture: "black" from its start marker on means still. */
    private void motion(MetadataBlock block, Instant arrival) {
        boolean startsStill = block.has("lavfi.black_start");
        boolean endsStill = block.has("lavfi.black_end");
        if (startsStill) {
            movingInARow = 0;
            if (Double.isNaN(stillSince)) {
                // equal to the picture before: that one already showed what now stands still
                stillSince = block.time() - 1.0 / SignalFilters.FPS;
                stillSinceWall = arrival.minusMillis(1000 / SignalFilters.FPS);
            }
        } else if (endsStill || movingInARow > 0) {
            movingInARow++;
            if (movingInARow >= 2) {
                stillSince = Double.NaN;
                stillSinceWall = null;
                frozenSince = null;
            }
        }
        if (!Double.isNaN(stillSince) && block.time() - stillSince >= STILL_FOR - 1e-6) {
            frozenSince = stillSinceWall;
        }
    }

    private void audio(MetadataBlock block, Instant arrival) {
        double t = block.time();
        if (Double.isNaN(firstAudio)) {
            firstAudio = t;
        }
        lastAudio = t;
        audioMissingSince = null;
        Double silence = block.seconds("lavfi.silence_start");
        if (silence != null) {
            silentSince = wall(silence, block, arrival);
        } else if (block.has("lavfi.silence_end")) {
            silentSince = null;
        }
        double lastPicture = Double.isNaN(lastVideo) ? firstAudio : lastVideo;
        if (videoMissingSince == null && t - lastPicture >= MISSING_AFTER) {
            videoMissingSince = wall(lastPicture, block, arrival);
        }
    }

    private void keyframe(double time) {
        if (!Double.isNaN(lastKeyframe) && time <= lastKeyframe) {
            keyframes.clear(); // timestamps started over
        }
        keyframes.addLast(time);
        while (keyframes.size() > KEYFRAMES) {
            keyframes.removeFirst();
        }
        lastKeyframe = time;
        lastKeyframeInterlaced = false;
    }

    /** Now, ordered by fault. */
    List<ActiveFault> faults() {
        Map<ContentFault, Instant> now = new EnumMap<>(ContentFault.class);
        if (videoMissingSince != null) {
            now.put(ContentFault.VIDEO_MISSING, videoMissingSince);
        } else if (blackSince != null) {
            now.put(ContentFault.PICTURE_BLACK, blackSince);
        } else if (frozenSince != null) {
            now.put(ContentFault.PICTURE_FROZEN, frozenSince);
        }
        if (audioMissingSince != null) {
            now.put(ContentFault.AUDIO_MISSING, audioMissingSince);
        } else if (silentSince != null) {
            now.put(ContentFault.AUDIO_SILENT, silentSince);
        }
        List<ActiveFault> faults = new ArrayList<>();
        now.forEach((fault, since) -> faults.add(new ActiveFault(fault, since)));
        return List.copyOf(faults);
    }

    SignalState state() {
        List<Double> times = List.copyOf(keyframes);
        Duration last = null;
        Duration spread = null;
        if (times.size() >= 2) {
            double min = Double.MAX_VALUE;
            double max = 0;
            for (int i = 1; i < times.size(); i++) {
                double interval = times.get(i) - times.get(i - 1);
                min = Math.min(min, interval);
                max = Math.max(max, interval);
            }
            last = seconds(times.getLast() - times.get(times.size() - 2));
            spread = seconds(max - min);
        }
        return new SignalState(faults(), last, spread, Math.max(0, times.size() - 1), lastKeyframeInterlaced,
                lastAnalysed);
    }

    private static Instant wall(double streamSeconds, MetadataBlock block, Instant arrival) {
        double back = Math.max(0, block.time() - streamSeconds);
        return arrival.minusNanos(Math.round(back * 1_000_000_000L));
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
