package com.example.backupingest.monitor.front;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Everything the front's nginx.conf depends on. {@code edgePort}: the Java edge nginx hands the rest
 * to (master playlists, tickets it has no link for, the monitor API); {@code user} only when the
 * monitor runs as root (workers must read the mirror, which a test's private temp folder hides from
 * nobody); {@code ticketless}: also serve URLs without a ticket ({@code monitor.viewers.require-ticket=false});
 * {@code trustedProxies}: load balancers whose X-Forwarded-For nginx believes (realip).
 */
record FrontSettings(FrontLayout layout, Path workDir, String listenAddress, int port, int edgePort, int logPort,
        String workers, @Nullable String user, boolean ticketless, java.util.List<String> trustedProxies) {

    Path confFile() {
        return workDir.resolve("nginx.conf");
    }

    Path errorLog() {
        return workDir.resolve("error.log");
    }
}
