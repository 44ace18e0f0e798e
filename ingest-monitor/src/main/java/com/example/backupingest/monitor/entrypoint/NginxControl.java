package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.IngestProtocol;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * nginx-rtmp's control module on the entrypoint's loopback-only {@code /control} location: drops the
 * publisher of a stream by its name (the content id nginx renamed it to, never a key).
 */
public final class NginxControl {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** True when nginx dropped a publisher; false when none published under that name. */
    public boolean dropPublisher(NginxSettings nginx, String streamName) {
        return dropPublisher(nginx, IngestProtocol.RTMP, streamName);
    }

    /** The publisher of the rtmp server {@code protocol}'s publishers live in ({@code srv}: its index). */
    public boolean dropPublisher(NginxSettings nginx, IngestProtocol protocol, String streamName) {
        URI uri = URI.create("http://127.0.0.1:" + nginx.originHttpPort() + "/control/drop/publisher?srv="
                + nginx.serverIndex(protocol) + "&app=live&name=" + URLEncoder.encode(streamName, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            // nginx-rtmp answers 200 with the number of dropped sessions, or 204/404 when none matched
            return response.statusCode() == 200 && !"0".equals(response.body().trim());
        } catch (IOException e) {
            throw new IllegalStateException("nginx control API of entrypoint " + nginx.entrypoint() + " not reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
