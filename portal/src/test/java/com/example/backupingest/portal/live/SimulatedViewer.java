package com.example.backupingest.portal.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A viewer without a browser that behaves like the website player on the wire: asks the portal's
 * assignment endpoint for its edge, loads the ticketed master playlist there, then reloads the 360p
 * media playlist every target duration and fetches each new segment once. For the tests that need
 * more viewers than two cores can decode in Chromium; the player's own behaviour is proven in Chromium.
 */
final class SimulatedViewer implements AutoCloseable {

    private static final Pattern JSON_STRING = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpClient http;
    private final String portal;
    private final String contentId;
    final String viewerId = UUID.randomUUID().toString().replace("-", "");
    private final Set<String> fetched = new HashSet<>();
    final AtomicInteger segments = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    private volatile String edgeId = "";
    private volatile String state = "";
    private volatile String master;
    private volatile boolean running = true;
    private Thread thread;

    SimulatedViewer(String portal, String contentId) {
        this(portal, contentId, null);
    }

    /** A viewer on its own client address ({@code localAddress}: e.g. 127.0.0.3, Linux routes all of 127/8 to lo). */
    SimulatedViewer(String portal, String contentId, @org.jspecify.annotations.Nullable String localAddress) {
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
        String master = assign();
        thread = Thread.ofVirtual().name("viewer-" + viewerId).start(() -> play(master));
        return this;
    }

    String edgeId() {
        return edgeId;
    }

    String state() {
        return state;
    }

    /** The ticketed master URL of its last assignment (what an attacker would copy), or null. */
    String master() {
        return master;
    }

    /** Asks the assignment endpoint again, as a reloaded player would; returns the edge it names. */
    String askAgain() {
        assign();
        return edgeId;
    }

    private String assign() {
        String body = get(portal + "/player/api/" + contentId + "/assign?viewer=" + viewerId);
        Matcher m = JSON_STRING.matcher(body);
        String master = null;
        while (m.find()) {
            switch (m.group(1)) {
                case "state" -> state = m.group(2);
                case "edgeId" -> edgeId = m.group(2);
                case "master" -> {
                    master = m.group(2);
                    this.master = master;
                }
                default -> {
                }
            }
        }
        return master;
    }

    private void play(String master) {
        String media = null;
        while (running) {
            try {
                if (media == null) {
                    String text = get(master);
                    String rendition = text.lines().filter(l -> l.endsWith("index.m3u8") && l.contains("360p"))
                            .findFirst().orElseThrow(() -> new IOException("no 360p in " + text));
                    media = URI.create(master).resolve(rendition).toString();
                }
                String playlist = get(media);
                List<String> names = playlist.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                // like hls.js's live sync: start near the live edge, then every new segment once
                List<String> wanted = fetched.isEmpty() ? names.subList(Math.max(0, names.size() - 3), names.size())
                        : names;
                for (String name : wanted) {
                    if (fetched.add(name)) {
                        getBytes(URI.create(media).resolve(name).toString());
                        segments.incrementAndGet();
                    }
                }
                Thread.sleep(2_000);
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
                sleepQuietly();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && !url.contains("/player/api/")) {
                throw new IllegalStateException(response.statusCode() + " for " + url);
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void getBytes(String url) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length == 0) {
                throw new IOException(response.statusCode() + " for " + url);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        http.close();
    }
}
