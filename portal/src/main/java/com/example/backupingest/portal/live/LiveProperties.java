package com.example.backupingest.portal.live;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.live.*}. {@code remoteMonitors}: follow these monitors over HTTP/SSE instead of the
 * in-process pipeline; {@code alertMinInterval}: at most one alert mail per content in this window;
 * {@code tick}: how often open Live pages get fresh numbers; {@code demoEncoders}: offer the demo
 * encoder buttons (demo profile); {@code demoVideo}: size and frame rate of the demo test pattern;
 * {@code edgeUrl}: where browsers reach the edges (the preview player); unset: this portal's own
 * {@code /edge/} (the in-process pipeline).
 */
@ConfigurationProperties("portal.live")
public record LiveProperties(
        @DefaultValue List<URI> remoteMonitors,
        @DefaultValue("10m") Duration alertMinInterval,
        // the edges see a dropped encoder at once and a stall within about 3 s: 2 s covers the first
        @DefaultValue("2s") Duration alertFailoverGrace,
        @DefaultValue("1s") Duration tick,
        @DefaultValue("2m") Duration sparklineWindow,
        @DefaultValue("2s") Duration reconnectDelay,
        @DefaultValue("false") boolean demoEncoders,
        @DefaultValue("1280x720") String demoVideo,
        @DefaultValue("25") int demoFps,
        @DefaultValue("ffmpeg") String ffmpeg,
        @Nullable URI edgeUrl) {

    /** The master playlist of a content's first edge, as the browser fetches it. */
    public String previewPlaylist(String contentId) {
        return previewPlaylist(contentId, null);
    }

    /** With a preview ticket as the path segment the edges require ({@code /v/{ticket}/}). */
    public String previewPlaylist(String contentId, @Nullable String ticket) {
        String path = "/edge/" + contentId + "/edge-1/" + (ticket == null ? "" : "v/" + ticket + "/") + "master.m3u8";
        if (edgeUrl == null) {
            return path;
        }
        String root = edgeUrl.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /** How many tick samples a sparkline holds. */
    public int sparklineSamples() {
        return (int) Math.max(2, sparklineWindow.toMillis() / Math.max(1, tick.toMillis()));
    }
}
