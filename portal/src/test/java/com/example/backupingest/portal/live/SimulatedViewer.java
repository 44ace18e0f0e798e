package com.example.backupingest.portal.live;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A viewer without a browser that behaves like the website player (player.js) on the wire: asks the
 * portal's assignment endpoint for its edge, loads the ticketed master playlist there, then reloads
 * the 360p media playlist every target duration (2 s, from one load's start to the next, as hls.js)
 * and fetches each new segment once, starting three segments behind the live edge. Like the player it
 * asks for a new ticket when the edge answers 403 (its seat lapsed) and asks again while the answer has
 * no ticket (not live yet, busy). For the tests that need more viewers than two cores can decode in
 * Chromium; the player's own behaviour is proven in Chromium. Counts failures by kind, new tickets after
 * a 403, and the longest time without a new segment.
 */
final class SimulatedViewer implements AutoCloseable {

    private static final Pattern JSON_STRING = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Duration RELOAD = Duration.ofSeconds(2);
    /** A gap without a new segment this long is noted with its time (a failover holds a few seconds). */
    static final Duration LONG_GAP = Duration.ofSeconds(10);

    private final HttpClient http;
    private final String portal;
    private final String contentId;
    final String viewerId = UUID.randomUUID().toString().replace("-", "");
    private final Set<String> fetched = new HashSet<>();
    /** Listed in a loaded playlist, not yet fetched. */
    private final Set<String> pending = new HashSet<>();
    final AtomicInteger segments = new AtomicInteger();
    /**
     * Loads that failed and were retried (a playlist or segment answered other than 200, a timeout, a
     * refused connection) and waits for a ticket: retries, not losses. The first soak's 305,414 were
     * almost all of one kind: the viewer then never asked for a new ticket, so each viewer whose seat
     * lapsed retried the 403 every half second for the rest of the hour.
     */
    final AtomicInteger failures = new AtomicInteger();
    /** Segments that were listed in a playlist the viewer loaded and left it before the viewer got them: real losses. */
    final AtomicInteger lost = new AtomicInteger();
    /** New tickets after the edge refused the old one (403), as the website player asks for them. */
    final AtomicInteger newTickets = new AtomicInteger();
    /** Failures by kind: the HTTP status of playlist/segment loads, timeouts, refused connections. */
    final Map<String, AtomicInteger> failureKinds = new ConcurrentHashMap<>();
    /** Gaps of at least {@link #LONG_GAP} between two new segments: when they ended and how long they were. */
    final List<String> longGaps = new CopyOnWriteArrayList<>();
    private volatile long lastSegmentNanos;
    private volatile long longestGapNanos;
    private volatile @Nullable Instant lastSegmentAt;
    private volatile String edgeId = "";
    private volatile String state = "";
    private volatile @Nullable String master;
    private volatile boolean running = true;
    private @Nullable Thread thread;

    SimulatedViewer(String portal, String contentId) {
        this(portal, contentId, null);
    }

    /** A viewer on its own client address ({@code localAddress}: e.g. 127.0.0.3, Linux routes all of 127/8 to lo). */
    SimulatedViewer(String portal, String contentId, @Nullable String localAddress) {
        this.portal = portal;
        this.contentId = contentId;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1));
        if (localAddress != null) {
            try {
                builder.localAddress(java.net.InetAddress.getByName(localAddress));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }
        this.http = builder.build();
    }

    /** Starts playing on a virtual thread; the first assignment is done when this returns. */
    SimulatedViewer start() {
        assign();
        thread = Thread.ofVirtual().name("viewer-" + viewerId).start(this::play);
        return this;
    }

    String edgeId() {
        return edgeId;
    }

    String state() {
        return state;
    }

    /** The ticketed master URL of its last assignment (what an attacker would copy), or null. */
    @Nullable String master() {
        return master;
    }

    /** Asks the assignment endpoint again, as a reloaded player would; returns the edge it names. */
    String askAgain() {
        assign();
        return edgeId;
    }

    /** The longest time between two new segments so far (zero before the second). */
    Duration longestGap() {
        return Duration.ofNanos(longestGapNanos);
    }

    /** When it last got a new segment, or null. */
    @Nullable Instant lastSegmentAt() {
        return lastSegmentAt;
    }

    private void assign() {
        String body;
        try {
            body = get(portal + "/player/api/" + contentId + "/assign?viewer=" + viewerId, true);
        } catch (IOException e) {
            failure(kind(e));
            return;
        }
        Matcher m = JSON_STRING.matcher(body);
        String master = null;
        while (m.find()) {
            switch (m.group(1)) {
                case "state" -> state = m.group(2);
                case "edgeId" -> edgeId = m.group(2);
                case "master" -> master = m.group(2);
                default -> {
                }
            }
        }
        this.master = master;
    }

    private void play() {
        String media = null;
        long nextLoad = System.nanoTime();
        while (running) {
            try {
                String master = this.master;
                if (master == null) {
                    // not live yet, seats taken, busy or the portal unreachable: the player asks again later
                    failure("no ticket (" + state + ")");
                    pause(RELOAD);
                    assign();
                    continue;
                }
                if (media == null) {
                    String text = get(master, false);
                    String rendition = text.lines().filter(l -> l.endsWith("index.m3u8") && l.contains("360p"))
                            .findFirst().orElseThrow(() -> new Failure("no 360p in the master"));
                    media = URI.create(master).resolve(rendition).toString();
                }
                List<String> names = get(media, false).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                if (fetched.isEmpty()) {
                    // like hls.js's live sync: start three segments behind the live edge
                    fetched.addAll(names.subList(0, Math.max(0, names.size() - 3)));
                }
                for (String name : pending) {
                    if (!names.contains(name)) {
                        lost.incrementAndGet();
                    }
                }
                pending.retainAll(names);
                for (String name : names) {
                    if (!fetched.contains(name)) {
                        pending.add(name);
                    }
                }
                for (String name : names) {
                    if (!fetched.contains(name)) {
                        getBytes(URI.create(media).resolve(name).toString());
                        fetched.add(name);
                        pending.remove(name);
                        newSegment();
                    }
                }
                fetched.retainAll(names);
                nextLoad += RELOAD.toNanos();
                long wait = nextLoad - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait)); // a player's reload rhythm
                } else {
                    nextLoad = System.nanoTime();
                }
            } catch (Failure e) {
                failure(e.getMessage());
                if (e.refused) {
                    // the seat lapsed: a new ticket, as the website player asks for one
                    newTickets.incrementAndGet();
                    assign();
                    media = null;
                } else {
                    pause(Duration.ofMillis(500));
                }
                nextLoad = System.nanoTime();
            } catch (IOException | RuntimeException e) {
                failure(kind(e));
                pause(Duration.ofMillis(500));
                nextLoad = System.nanoTime();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void newSegment() {
        long now = System.nanoTime();
        long last = lastSegmentNanos;
        if (last != 0) {
            long gap = now - last;
            if (gap > longestGapNanos) {
                longestGapNanos = gap;
            }
            if (gap >= LONG_GAP.toNanos()) {
                longGaps.add(Instant.now() + " " + Duration.ofNanos(gap).toMillis() + " ms");
            }
        }
        lastSegmentNanos = now;
        lastSegmentAt = Instant.now();
        segments.incrementAndGet();
    }

    private void failure(String kind) {
        failures.incrementAndGet();
        failureKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String kind(Exception e) {
        if (e instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getClass().getSimpleName();
    }

    /** A load the edge (or the portal) answered with another status than 200. */
    private static final class Failure extends IOException {
        final boolean refused;

        Failure(String kind) {
            this(kind, false);
        }

        Failure(String kind, boolean refused) {
            super(kind);
            this.refused = refused;
        }
    }

    private String get(String url, boolean anyStatus) throws IOException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && !anyStatus) {
                throw new Failure("HTTP " + response.statusCode() + " (playlist)", response.statusCode() == 403);
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void getBytes(String url) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length == 0) {
                throw new Failure("HTTP " + response.statusCode() + " (segment)", response.statusCode() == 403);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A player's pauses (its rhythm), not a wait for a condition. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        http.close();
    }
}
