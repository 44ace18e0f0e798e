package com.example.backupingest.monitor.front;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code monitor.front.*}: nginx in front of the edges. {@code port}: where players connect (0: a free
 * port); {@code listenAddress}: the address it binds; {@code directory}: the mirror and ticket folder
 * (default {@code <monitor.work-dir>/front}, emptied at start); {@code logPort}: the loopback UDP
 * port nginx reports playlist loads to (0: a free port); {@code keepSegments}: segment files kept per
 * rendition (a playlist lists 8; players that lag may ask for a few older ones);
 * {@code sweepInterval}: how often tickets of viewers who left lose their way in; {@code workers}:
 * nginx {@code worker_processes}; {@code trustedProxies}: addresses or CIDR ranges of load balancers in
 * front of nginx whose {@code X-Forwarded-For} names the client (empty: the connecting peer is the
 * client; docs/security.md).
 */
@ConfigurationProperties("monitor.front")
record FrontProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("0") int port,
        @DefaultValue("0.0.0.0") String listenAddress,
        @Nullable Path directory,
        @DefaultValue("0") int logPort,
        @DefaultValue("16") int keepSegments,
        @DefaultValue("1s") Duration sweepInterval,
        @DefaultValue("auto") String workers,
        @DefaultValue List<String> trustedProxies) {

    private static final java.util.regex.Pattern PROXY = java.util.regex.Pattern.compile(
            "[0-9A-Fa-f.:]{2,45}(/[0-9]{1,3})?");

    public FrontProperties {
        if (port < 0 || port > 65535 || logPort < 0 || logPort > 65535) {
            throw new IllegalArgumentException("monitor.front.port and log-port must be ports (0: a free one)");
        }
        if (keepSegments < 3) {
            throw new IllegalArgumentException("monitor.front.keep-segments must be at least 3");
        }
        trustedProxies = List.copyOf(trustedProxies);
        if (trustedProxies.stream().anyMatch(proxy -> !PROXY.matcher(proxy).matches())) {
            throw new IllegalArgumentException("monitor.front.trusted-proxies takes addresses or CIDR ranges: "
                    + trustedProxies);
        }
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("monitor.front.sweep-interval must be positive");
        }
    }
}
