package com.example.backupingest.monitor.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Fetches /stat from an entrypoint's nginx; an unreachable nginx reports no streams. */
public final class RtmpStatClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private final RtmpStatParser parser = new RtmpStatParser();

    public List<RtmpStreamStat> fetch(int originHttpPort) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + originHttpPort + "/stat"))
                .timeout(Duration.ofSeconds(1)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parser.parse(response.body()) : List.of();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
