package com.example.backupingest.monitor.health;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Fetches /stat from an entrypoint's nginx; an unreachable nginx reports no streams. A plain blocking
 * connection (kept alive) on the health thread: polled every second, it costs a fraction of an
 * asynchronous client's hand-offs between threads.
 */
final class RtmpStatClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

    private final RtmpStatParser parser = new RtmpStatParser();

    public List<RtmpStreamStat> fetch(int originHttpPort) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + originHttpPort + "/stat")
                    .toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            if (connection.getResponseCode() != 200) {
                connection.disconnect();
                return List.of();
            }
            try (InputStream body = connection.getInputStream()) {
                return parser.parse(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }
}
