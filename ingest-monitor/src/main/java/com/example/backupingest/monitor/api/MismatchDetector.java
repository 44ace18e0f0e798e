package com.example.backupingest.monitor.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compares what the encoders send to A and B. Only known values are compared: a property one side
 * has not reported yet is not a mismatch. Frame rates within 0.5 fps and keyframe intervals within
 * 100 ms count as equal (measurement noise); video bit rates up to 25 % apart too (encoders' rate
 * control differs, nginx averages over 10 s).
 */
public final class MismatchDetector {

    public List<Mismatch> detect(EntrypointHealth primary, EntrypointHealth backup) {
        List<Mismatch> found = new ArrayList<>();
        exact(found, "resolution", primary, backup, h -> h.width() == null || h.height() == null ? null
                : h.width() + "x" + h.height());
        if (primary.fps() != null && backup.fps() != null && Math.abs(primary.fps() - backup.fps()) > 0.5) {
            found.add(new Mismatch("fps", format(primary.fps()), format(backup.fps())));
        }
        exact(found, "videoCodec", primary, backup, h -> join(h.videoCodec(), h.videoProfile()));
        exact(found, "audioCodec", primary, backup, h -> join(h.audioCodec(), h.audioProfile()));
        Duration a = primary.keyframeInterval();
        Duration b = backup.keyframeInterval();
        if (a != null && b != null && a.minus(b).abs().compareTo(Duration.ofMillis(100)) > 0) {
            found.add(new Mismatch("keyframeInterval", seconds(a), seconds(b)));
        }
        if (primary.publishing() && backup.publishing() && primary.audioPresent() != backup.audioPresent()) {
            found.add(new Mismatch("audio", present(primary.audioPresent()), present(backup.audioPresent())));
        }
        Long va = primary.details().videoKbps();
        Long vb = backup.details().videoKbps();
        if (va != null && vb != null && va > 0 && vb > 0 && Math.abs(va - vb) > 0.25 * Math.max(va, vb)) {
            found.add(new Mismatch("videoBitrate", va.toString(), vb.toString()));
        }
        exact(found, "audioSampleRate", primary, backup, h -> string(h.details().audioSampleRate()));
        exact(found, "audioChannels", primary, backup, h -> string(h.details().audioChannels()));
        exact(found, "interlacing", primary, backup, h -> h.details().interlaced() == null ? null
                : h.details().interlaced() ? "interlaced" : "progressive");
        return List.copyOf(found);
    }

    private static void exact(List<Mismatch> found, String field, EntrypointHealth a, EntrypointHealth b,
            Function<EntrypointHealth, @Nullable String> value) {
        String left = value.apply(a);
        String right = value.apply(b);
        if (left != null && right != null && !Objects.equals(left, right)) {
            found.add(new Mismatch(field, left, right));
        }
    }

    private static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable String join(@Nullable String codec, @Nullable String profile) {
        return codec == null ? null : profile == null ? codec : codec + " " + profile;
    }

    private static String format(double fps) {
        return fps == Math.rint(fps) ? Long.toString((long) fps) : Double.toString(fps);
    }

    private static String seconds(Duration d) {
        return d.toMillis() / 1000.0 + " s";
    }

    private static String present(boolean audio) {
        return audio ? "present" : "missing";
    }
}
