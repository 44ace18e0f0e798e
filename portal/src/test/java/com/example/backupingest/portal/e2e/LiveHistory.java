package com.example.backupingest.portal.e2e;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A past broadcast of one content as the monitor reports it, published on the portal's event bus
 * (the path the in-process pipeline and remote monitors take): both ingest servers publish, A's
 * encoder goes, a drill, both down, B resumes, then the broadcast ends. Three distribution servers
 * take part in every failover, a few hundred milliseconds apart.
 */
final class LiveHistory {

    private static final List<String> EDGES = List.of("edge-1", "edge-2", "edge-3");

    private LiveHistory() {
    }

    static void oneEveningOfFailovers(MonitorEventBus bus, JdbcClient jdbc, long accountId, String contentId) {
        Instant start = Instant.now().minus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.SECONDS);
        bus.publish(new PublishStarted(accountId, contentId, PRIMARY, 3, start));
        bus.publish(new PublishStarted(accountId, contentId, BACKUP, 3, start.plusSeconds(2)));
        failover(bus, accountId, contentId, start.plusSeconds(8), null, PRIMARY, FailoverCause.START);
        failover(bus, accountId, contentId, start.plus(Duration.ofMinutes(20)), PRIMARY, BACKUP,
                FailoverCause.PUBLISHER_GONE);
        failover(bus, accountId, contentId, start.plus(Duration.ofMinutes(30)), BACKUP, PRIMARY, FailoverCause.DRILL);
        failover(bus, accountId, contentId, start.plus(Duration.ofMinutes(40)), PRIMARY, null, FailoverCause.STALL);
        failover(bus, accountId, contentId, start.plus(Duration.ofMinutes(41)), null, BACKUP, FailoverCause.RESUMED);
        Instant end = start.plus(Duration.ofMinutes(45));
        bus.publish(new PublishEnded(accountId, contentId, PRIMARY, end, "on_publish_done"));
        bus.publish(new PublishEnded(accountId, contentId, BACKUP, end, "on_publish_done"));
        EndToEndSupport.waitUntil("the timeline rows", Duration.ofSeconds(10), () -> jdbc
                .sql("select count(*) from failover_event where account_id = ? and content_id = ?")
                .params(accountId, contentId).query(Integer.class).single() == 15);
    }

    private static void failover(MonitorEventBus bus, long accountId, String contentId, Instant at,
            @Nullable Entrypoint from, @Nullable Entrypoint to, FailoverCause cause) {
        for (int i = 0; i < EDGES.size(); i++) {
            Duration detection = Duration.ofMillis(cause == FailoverCause.DRILL ? 0 : 250 + 180L * i);
            bus.publish(new FailoverHappened(accountId, contentId, EDGES.get(i), from, to, cause,
                    at.plusMillis(300L * i), detection));
        }
    }
}
