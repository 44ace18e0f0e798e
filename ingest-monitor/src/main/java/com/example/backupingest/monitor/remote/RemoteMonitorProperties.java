package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorEventClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code monitor.*} settings of a monitor that talks to other hosts. {@code portalUrl} and
 * {@code portalSecret}: ask the portal for stream keys (ingest roles). {@code origins}: where the
 * ingest hosts serve HLS; {@code follow}: the monitors' HTTP bases whose SSE events feed the edges
 * (edge role). {@code reconnect}: back-off between attempts to reach a followed monitor.
 */
@ConfigurationProperties("monitor")
record RemoteMonitorProperties(
        @Nullable URI portalUrl,
        @Nullable String portalSecret,
        @DefaultValue("2s") Duration portalTimeout,
        @DefaultValue Origins origins,
        @DefaultValue List<URI> follow,
        @DefaultValue Reconnect reconnect) {

    /** HLS origins of the two ingest hosts (nginx's HTTP server), e.g. http://ingest-a:8181. */
    public record Origins(@Nullable URI primary, @Nullable URI backup) {
    }

    /** Doubling back-off from {@code initial} up to {@code max}; reset after a successful connect. */
    public record Reconnect(@DefaultValue("500ms") Duration initial, @DefaultValue("10s") Duration max) {

        /** The one back-off rule of the monitor's clients. */
        public MonitorEventClient.Backoff backoff() {
            return new MonitorEventClient.Backoff(initial, max);
        }
    }
}
