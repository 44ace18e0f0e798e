package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.AuthorizeRequest;
import com.example.backupingest.monitor.api.SrtAccessRequest;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.SrtAccess;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.api.StreamKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A standalone monitor's key directory: asks the portal ({@code POST /api/monitor/authorize}, and
 * {@code /api/monitor/srt-access} for SRT callers) with
 * its own shared secret as bearer token. Fails closed: a portal that is down, slow or refuses the
 * secret means "no grant" (nginx refuses the publish; the encoder retries).
 */
public final class HttpStreamKeyDirectory implements StreamKeyDirectory {

    private static final Logger log = LoggerFactory.getLogger(HttpStreamKeyDirectory.class);

    private final URI authorize;
    private final URI srtAccess;
    private final String secret;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper json;

    public HttpStreamKeyDirectory(URI portal, String secret, Duration timeout, JsonMapper json) {
        this.authorize = portal.resolve(MonitorPaths.PORTAL_AUTHORIZE);
        this.srtAccess = portal.resolve(MonitorPaths.PORTAL_SRT_ACCESS);
        this.secret = secret;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Optional<PublishGrant> authorize(Entrypoint entrypoint, String streamKey) {
        HttpRequest request = HttpRequest.newBuilder(authorize).timeout(timeout)
                .header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        new AuthorizeRequest(entrypoint, streamKey))))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 200 -> Optional.of(json.readValue(response.body(), PublishGrant.class));
                case 403, 404 -> Optional.empty();
                default -> {
                    log.error("portal answered HTTP {} for key {} on {} (401: check monitor.portal-secret)",
                            response.statusCode(), StreamKeys.mask(streamKey), entrypoint);
                    yield Optional.empty();
                }
            };
        } catch (IOException | JacksonException e) {
            log.error("portal {} not usable for key {} on {}: {}", authorize, StreamKeys.mask(streamKey), entrypoint,
                    e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The passphrase of a content's current key on this entrypoint, asked during an SRT handshake (so the
     * same timeout as a key check). Fails closed like {@link #authorize}.
     */
    @Override
    public Optional<SrtAccess> srtAccess(Entrypoint entrypoint, String contentId) {
        HttpRequest request = HttpRequest.newBuilder(srtAccess).timeout(timeout)
                .header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        new SrtAccessRequest(entrypoint, contentId))))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 200 -> Optional.of(json.readValue(response.body(), SrtAccess.class));
                case 403, 404 -> Optional.empty();
                default -> {
                    log.error("portal answered HTTP {} for the SRT passphrase of {} on {} (401: check monitor.portal-secret)",
                            response.statusCode(), contentId, entrypoint);
                    yield Optional.empty();
                }
            };
        } catch (IOException | JacksonException e) {
            log.error("portal {} not usable for the SRT passphrase of {} on {}: {}", srtAccess, contentId, entrypoint,
                    e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
