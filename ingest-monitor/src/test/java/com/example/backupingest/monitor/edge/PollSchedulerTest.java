package com.example.backupingest.monitor.edge;

import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.viewer.HostShare;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollSchedulerTest {

    /** Idle edges poll every 8 x 1 s: a second poll within 5 s can only come from a wake-up. */
    private final EdgeProperties slow = new EdgeProperties(Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(4), Duration.ofSeconds(1), 8, EdgeProperties.DEFAULTS.segmentCache(),
            Duration.ofSeconds(5), SwitchMode.IMMEDIATE);
    private final PollScheduler scheduler = new PollScheduler(slow);
    private final ContentEdges content = ContentEdges.create(
            new PublishStarted(7, "c1", Entrypoint.PRIMARY, 1, Instant.now()), slow, HostShare.ALL, Clock.systemUTC());
    private final Edge edge = content.edges().getFirst();
    private final AtomicInteger polls = new AtomicInteger();

    @AfterEach
    void close() {
        content.close();
        scheduler.wakeAll();
    }

    @Test
    void an_edge_polls_at_once_and_again_when_woken() {
        scheduler.start(content, edge, polls::incrementAndGet);
        await().atMost(Duration.ofSeconds(2)).until(() -> polls.get() == 1);

        scheduler.pollNow(edge);

        await().atMost(Duration.ofSeconds(5)).until(() -> polls.get() == 2);
    }

    @Test
    void a_wake_up_after_a_wait_polls_the_contents_edges_then() {
        scheduler.start(content, edge, polls::incrementAndGet);
        await().atMost(Duration.ofSeconds(2)).until(() -> polls.get() == 1);

        scheduler.pollAfter(content, Duration.ofMillis(300));

        await().between(Duration.ofMillis(250), Duration.ofSeconds(5)).until(() -> polls.get() == 2);
    }

    @Test
    void a_failing_poll_is_logged_and_the_edge_keeps_polling() {
        scheduler.start(content, edge, () -> {
            polls.incrementAndGet();
            throw new IllegalStateException("origin answered nonsense");
        });
        await().atMost(Duration.ofSeconds(2)).until(() -> polls.get() >= 1);

        scheduler.pollNow(edge);

        await().atMost(Duration.ofSeconds(2)).until(() -> polls.get() >= 2);
    }

    @Test
    void an_edge_of_a_closed_content_stops_polling() {
        scheduler.start(content, edge, polls::incrementAndGet);
        await().atMost(Duration.ofSeconds(2)).until(() -> polls.get() == 1);

        content.close();
        scheduler.wakeAll();
        scheduler.pollNow(edge);

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> polls.get() == 1);
    }
}
