package com.example.backupingest.portal.live;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * CPU time used so far by this JVM (the portal), by the push-client JVM and by the other child
 * processes of this JVM (nginx, ffmpeg), to turn two samples into cores used.
 */
record CpuSample(long portalNanos, long clientNanos, long mediaNanos) {

    /** {@code client}: the push clients' JVM, or null when none runs. */
    static CpuSample now(@Nullable ProcessHandle client) {
        long portal = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long media = ProcessHandle.current().descendants().filter(p -> client == null || p.pid() != client.pid())
                .mapToLong(CpuSample::cpuNanos).sum();
        return new CpuSample(portal, client == null ? 0 : cpuNanos(client), media);
    }

    private static long cpuNanos(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    double portalCores(CpuSample before, double seconds) {
        return (portalNanos - before.portalNanos) / 1e9 / seconds;
    }

    double clientCores(CpuSample before, double seconds) {
        return (clientNanos - before.clientNanos) / 1e9 / seconds;
    }

    double mediaCores(CpuSample before, double seconds) {
        return (mediaNanos - before.mediaNanos) / 1e9 / seconds;
    }
}
