package com.example.backupingest.monitor.edge.origin;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client for remote origins: a dead origin must fail a poll fast, not cost a segment. */
public final class OriginHttpClient {

    private OriginHttpClient() {
    }

    public static HttpClient create() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofMillis(500))
                .build();
    }
}
