package com.example.backupingest.monitor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The monitor API's secret as the tests configure it, and GETs that carry it (portal and edges do). */
public final class MonitorApiAccess {

    public static final String SECRET = "monitor-api-secret-for-tests";
    public static final String AUTHORIZATION = "Bearer " + SECRET;
    /** As a command-line argument of a monitor. */
    public static final String ARGUMENT = "--monitor.api.secret=" + SECRET;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MonitorApiAccess() {
    }

    /** {@code GET base + path} with the secret, the body as bytes (thumbnails). */
    public static HttpResponse<byte[]> getBytes(String base, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", AUTHORIZATION).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET base + path} with the secret. */
    public static HttpResponse<String> get(String base, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", AUTHORIZATION).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
