package com.example.backupingest.monitor.viewer;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code monitor.viewers.*}. {@code secret}: the ticket secret shared by portal and edges (unset in
 * one process: a random one); {@code requireTicket}: edges serve only ticketed URLs (off by default
 * until the portal issues tickets: the website player, its assignment endpoint and the preview's
 * tickets are not built yet, see issue 11); {@code releaseAfter}: a viewer without a playlist load
 * for this long has left (about two segments); {@code firstLoadGrace}: a fresh ticket's time to its
 * first load; {@code edgePorts}: in one process, one HTTP port per distribution server (empty:
 * the edges answer on the server's own port); {@code hostIndex}/{@code hostCount}: on an edge host
 * (role edge), which of how many hosts this is (it serves only its own logical edges).
 */
@ConfigurationProperties("monitor.viewers")
public record ViewerProperties(
        @Nullable String secret,
        @DefaultValue("false") boolean requireTicket,
        @DefaultValue("4s") Duration releaseAfter,
        @DefaultValue("15s") Duration firstLoadGrace,
        @DefaultValue List<Integer> edgePorts,
        @DefaultValue("1") int hostIndex,
        @DefaultValue("1") int hostCount) {
}
