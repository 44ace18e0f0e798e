package com.example.backupingest.monitor.transcode;

import com.example.backupingest.monitor.api.Rendition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every segment an EXT-X-PROGRAM-DATE-TIME that is the arrival time of its first frame. ffmpeg's
 * own stamp is the moment its HLS muxer started plus the media time since, so it runs ahead by the
 * time ffmpeg spent probing its input (about 2.6 s measured, issue 21), differently on A and B. Instead:
 * ffmpeg closes a segment of the copied original the moment the keyframe that starts the next one
 * arrives, so the playlist's modification time, minus the segment's duration from its first frame's PTS,
 * maps PTS to the wall clock (the smallest of the last samples: processing delays only add; the
 * mapping in use moves towards it by at most 200 ms per segment, so stamps keep following durations). Every
 * rendition's segment is then stamped from its own first video PTS (read from the segment) with that
 * one mapping. ffmpeg writes {@code ffmpeg.m3u8}; this writes {@code index.m3u8} (what edges, health and
 * nginx read) with the stamps, each segment's stamp fixed once given.
 */
final class PdtStamper {

    static final String FFMPEG_PLAYLIST = "ffmpeg.m3u8";
    static final String PLAYLIST = "index.m3u8";
    private static final Logger log = LoggerFactory.getLogger(PdtStamper.class);
    private static final int SAMPLES = 15;
    private static final long WRAP = 1L << 33;
    /**
     * How far the mapping may move per segment: a tenth of a 2 s segment. The first samples of a busy
     * machine carry processing delays that later ones do not; jumping to each new minimum would stamp a
     * segment up to that delay earlier than its predecessor's end (players and the edges' stitching
     * expect stamps that follow the durations), so the mapping converges instead.
     */
    private static final Duration STEP = Duration.ofMillis(200);

    private final Path contentDir;
    private final Map<Rendition, FileTime> seen = new EnumMap<>(Rendition.class);
    private final Map<Rendition, Map<String, Instant>> stamps = new EnumMap<>(Rendition.class);
    private final Map<String, Long> ptsBySegment = new java.util.LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 100;
        }
    };
    private final Deque<Duration> samples = new ArrayDeque<>();
    /** The mapping in use (wall clock of PTS 0); follows the samples' minimum by at most {@link #STEP} a sample. */
    private @Nullable Duration applied;
    private @Nullable String lastSampled;
    private long lastPts = -1;
    private long wraps;

    PdtStamper(Path contentDir) {
        this.contentDir = contentDir;
    }

    /**
     * ffmpeg was (re)started: a new PTS timeline, so the mapping is measured anew. The playlists the
     * last run left stay as they are until the new run rewrites them (their modification time is
     * remembered in {@code seen}): a sample from the old timeline would map the new one wrongly.
     */
    synchronized void restarted() {
        samples.clear();
        applied = null;
        lastSampled = null;
        lastPts = -1;
        wraps = 0;
        ptsBySegment.clear();
    }

    /** One round: re-stamps what ffmpeg changed since the last round. The original goes first. */
    synchronized void poll() {
        for (Rendition rendition : Rendition.values()) {
            Path dir = contentDir.resolve(rendition.id());
            Path source = dir.resolve(FFMPEG_PLAYLIST);
            FileTime modified;
            try {
                modified = Files.getLastModifiedTime(source);
            } catch (IOException e) {
                continue; // not written yet
            }
            if (modified.equals(seen.get(rendition))) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(source);
                if (rendition == Rendition.ORIGINAL) {
                    sample(dir, lines, modified.toInstant());
                }
                if (write(dir, lines, stamps.computeIfAbsent(rendition, r -> new HashMap<>()))) {
                    seen.put(rendition, modified);
                }
            } catch (IOException | RuntimeException e) {
                log.debug("cannot stamp {} yet: {}", source, e.toString()); // replaced while reading: next round
            }
        }
    }

    /** The newest original segment closed when {@code closedAt}: its first frame arrived its duration earlier. */
    private void sample(Path dir, List<String> lines, Instant closedAt) {
        Entry newest = newest(lines);
        if (newest == null || newest.uri().equals(lastSampled)) {
            return;
        }
        OptionalLong pts = pts(dir, newest.uri());
        if (pts.isEmpty()) {
            return;
        }
        lastSampled = newest.uri();
        Instant firstFrame = closedAt.minus(newest.duration());
        samples.addLast(Duration.between(Instant.EPOCH, firstFrame).minus(ptsDuration(pts.getAsLong())));
        while (samples.size() > SAMPLES) {
            samples.removeFirst();
        }
        Duration target = samples.stream().min(Duration::compareTo).orElseThrow();
        if (applied == null) {
            applied = target;
        } else {
            Duration move = target.minus(applied);
            applied = applied.plus(move.abs().compareTo(STEP) <= 0 ? move : move.isNegative() ? STEP.negated() : STEP);
        }
    }

    /** Writes index.m3u8 with our stamps; false while a listed segment cannot be stamped yet. */
    private boolean write(Path dir, List<String> lines, Map<String, Instant> stamps) throws IOException {
        if (applied == null) {
            return false;
        }
        Duration origin = applied; // wall clock of PTS 0
        StringBuilder out = new StringBuilder(lines.size() * 48);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                continue; // ours follow, right above each segment's URI
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                Instant stamp = stamps.get(line);
                if (stamp == null) {
                    OptionalLong pts = pts(dir, line);
                    if (pts.isEmpty()) {
                        return false;
                    }
                    stamp = Instant.EPOCH.plus(origin).plus(ptsDuration(pts.getAsLong()));
                    stamps.put(line, stamp);
                }
                out.append("#EXT-X-PROGRAM-DATE-TIME:").append(DateTimeFormatter.ISO_INSTANT.format(
                        stamp.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))).append('\n');
            }
            out.append(line).append('\n');
        }
        Path tmp = dir.resolve(PLAYLIST + ".tmp");
        Files.writeString(tmp, out);
        Files.move(tmp, dir.resolve(PLAYLIST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        stamps.keySet().retainAll(lines.stream().map(String::strip).toList());
        return true;
    }

    private OptionalLong pts(Path dir, String uri) {
        Long known = ptsBySegment.get(dir.getFileName() + "/" + uri);
        if (known != null) {
            return OptionalLong.of(known);
        }
        OptionalLong raw = FirstVideoPts.of(dir.resolve(uri));
        if (raw.isEmpty()) {
            return raw;
        }
        long pts = unwrap(raw.getAsLong());
        ptsBySegment.put(dir.getFileName() + "/" + uri, pts);
        return OptionalLong.of(pts);
    }

    /** 33-bit PTS wraps every 26.5 hours; renditions of one run lie close together. */
    private long unwrap(long raw) {
        long pts = raw + wraps * WRAP;
        if (lastPts >= 0 && lastPts - pts > WRAP / 2) {
            wraps++;
            pts += WRAP;
        }
        lastPts = Math.max(lastPts, pts);
        return pts;
    }

    private static Duration ptsDuration(long pts) {
        return Duration.ofNanos(pts * 100_000 / 9);
    }

    private record Entry(String uri, Duration duration) {
    }

    private static @Nullable Entry newest(List<String> lines) {
        Duration duration = null;
        Entry newest = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#EXTINF:")) {
                String seconds = line.substring(8).split(",", 2)[0].strip();
                duration = Duration.ofNanos(new java.math.BigDecimal(seconds).movePointRight(9).longValue());
            } else if (!line.isEmpty() && !line.startsWith("#") && duration != null) {
                newest = new Entry(line, duration);
                duration = null;
            }
        }
        return newest;
    }
}
