package com.example.backupingest.monitor.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Follows an edge media playlist over HTTP like a player: polls it (every 100 ms unless told), loads every newly
 * listed segment once, and remembers when each segment was first listed. Parses the playlist itself,
 * so the acceptance tests do not trust the edge's own parser.
 */
public final class EdgeFollower implements AutoCloseable {

    public record Seen(long sequence, long discontinuityNumber, boolean discontinuity, Instant pdt,
            Duration duration, boolean served, Instant firstListed) {

        public Instant end() {
            return pdt.plus(duration);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final URI playlist;
    private final Map<Long, Seen> seen = new TreeMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Duration interval;
    private final Thread thread;

    public EdgeFollower(URI playlist) {
        this(playlist, Duration.ofMillis(100));
    }

    public EdgeFollower(URI playlist, Duration interval) {
        this.playlist = playlist;
        this.interval = interval;
        this.thread = Thread.ofVirtual().name("edge-follower").start(this::follow);
    }

    private void follow() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(playlist).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    read(response.body());
                }
                Thread.sleep(interval); // the follower's poll rhythm, as a player's, not a wait for a condition
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                problems.add("poll failed: " + e);
            }
        }
    }

    private void read(String text) throws Exception {
        long sequence = 0;
        long discontinuities = 0;
        boolean discontinuity = false;
        Instant pdt = null;
        Duration duration = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
                sequence = Long.parseLong(line.substring(22).strip());
            } else if (line.startsWith("#EXT-X-DISCONTINUITY-SEQUENCE:")) {
                discontinuities = Long.parseLong(line.substring(30).strip());
            } else if (line.equals("#EXT-X-DISCONTINUITY")) {
                discontinuity = true;
                discontinuities++;
            } else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                pdt = OffsetDateTime.parse(line.substring(25).strip()).toInstant();
            } else if (line.startsWith("#EXTINF:")) {
                duration = Duration.ofNanos(Math.round(Double.parseDouble(line.substring(8).split(",")[0]) * 1e9));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                remember(sequence, discontinuities, discontinuity, pdt, duration, playlist.resolve(line.strip()));
                sequence++;
                discontinuity = false;
            }
        }
    }

    private void remember(long sequence, long discontinuityNumber, boolean discontinuity, Instant pdt,
            Duration duration, URI segment) throws Exception {
        Instant now = Instant.now();
        Seen before;
        synchronized (seen) {
            before = seen.get(sequence);
        }
        if (before == null) {
            HttpResponse<byte[]> body = http.send(HttpRequest.newBuilder(segment).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            boolean served = body.statusCode() == 200 && body.body().length > 0;
            synchronized (seen) {
                seen.put(sequence, new Seen(sequence, discontinuityNumber, discontinuity, pdt, duration, served, now));
            }
        } else if (before.discontinuityNumber() != discontinuityNumber || !before.pdt().equals(pdt)) {
            problems.add("segment " + sequence + " changed between polls");
        }
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return new ArrayList<>(seen.values());
        }
    }

    public int count() {
        synchronized (seen) {
            return seen.size();
        }
    }

    /** The first segment listed after {@code instant} that starts a discontinuity (a switch or resume). */
    public Optional<Seen> firstDiscontinuityListedAfter(Instant instant) {
        return seen().stream().filter(s -> s.discontinuity() && s.firstListed().isAfter(instant)).findFirst();
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(2000);
    }
}
