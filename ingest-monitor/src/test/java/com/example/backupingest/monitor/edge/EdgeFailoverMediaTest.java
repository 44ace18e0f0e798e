package com.example.backupingest.monitor.edge;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.edge.origin.FolderOrigin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real ffmpeg encoders as the two entrypoints' HLS producers, served by stand-in origins; the edge
 * fleet polls them like in production and a reader follows the edge playlist like a player.
 */
@Tag("media")
class EdgeFailoverMediaTest {

    private static final String CONTENT = "talk-1";
    private static final Duration SEGMENT = FfmpegHlsProducer.segmentDuration();

    @TempDir
    Path folderA;
    @TempDir
    Path folderB;

    private final MonitorEventBus bus = new MonitorEventBus();
    private final List<FailoverHappened> failovers = new CopyOnWriteArrayList<>();
    private FfmpegHlsProducer encoderA;
    private FfmpegHlsProducer encoderB;
    private FolderOrigin originA;
    private FolderOrigin originB;
    private EdgeFleet fleet;

    @BeforeEach
    void twoEncodersAndAnEdgeFleet() throws Exception {
        originA = new FolderOrigin(folderA);
        originB = new FolderOrigin(folderB);
        bus.subscribe(e -> {
            if (e instanceof FailoverHappened f) {
                failovers.add(f);
            }
        });
        fleet = new EdgeFleet(EdgeProperties.forSegmentDuration(SEGMENT),
                new OriginEndpoints(originA.base(), originB.base()), bus, HttpClient.newHttpClient(),
                Clock.systemUTC());
        encoderA = FfmpegHlsProducer.start(folderA, CONTENT);
        encoderB = FfmpegHlsProducer.start(folderB, CONTENT);
        bus.publish(new PublishStarted(1, CONTENT, PRIMARY, 2, Instant.now()));
        bus.publish(new PublishStarted(1, CONTENT, BACKUP, 2, Instant.now()));
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            fleet.close();
        } finally {
            encoderA.close();
            encoderB.close();
            originA.close();
            originB.close();
        }
    }

    @Test
    void edge_switches_when_the_primary_dies_stays_on_backup_and_returns_when_backup_dies() throws Exception {
        try (EdgeReader reader = new EdgeReader(fleet, CONTENT, "edge-1")) {
            await("edge serves 4 segments of A", Duration.ofSeconds(25), () -> reader.count() >= 4);

            encoderA.kill();
            Instant killed = Instant.now();
            bus.publish(new PublishEnded(1, CONTENT, PRIMARY, killed, "encoder crashed"));
            assertThat(fleet.activeSource(CONTENT, "edge-1")).contains(BACKUP);
            assertThat(fleet.activeSource(CONTENT, "edge-2")).as("every edge decides").contains(BACKUP);
            FailoverHappened toB = failovers.stream().filter(f -> f.to() == BACKUP).findFirst().orElseThrow();
            long before = reader.count();
            await("3 segments of B", Duration.ofSeconds(12), () -> reader.count() >= before + 3);
            Instant firstB = reader.seen().get((int) before).firstSeen();
            System.out.printf("[media] A killed: switch decided %d ms after PublishEnded (detection %d ms), "
                    + "first B segment listed after %d ms%n", Duration.between(killed, toB.at()).toMillis(),
                    toB.detection().toMillis(), Duration.between(killed, firstB).toMillis());

            encoderA = FfmpegHlsProducer.start(folderA, CONTENT);
            bus.publish(new PublishStarted(1, CONTENT, PRIMARY, 2, Instant.now()));
            Instant restarted = Instant.now();
            while (Duration.between(restarted, Instant.now()).compareTo(SEGMENT.multipliedBy(4)) < 0) {
                assertThat(fleet.activeSource(CONTENT, "edge-1")).as("sticky on B").contains(BACKUP);
                Thread.sleep(200); // a fixed window: the edge must stay on B all the time, not just end up there
            }

            encoderB.kill();
            Instant killedB = Instant.now();
            bus.publish(new PublishEnded(1, CONTENT, BACKUP, killedB, "encoder crashed"));
            assertThat(fleet.activeSource(CONTENT, "edge-1")).as("A is clean again").contains(PRIMARY);
            long beforeA = reader.count();
            await("2 segments of A again", Duration.ofSeconds(12), () -> reader.count() >= beforeA + 2);

            assertStitched(reader, 2);
            assertThat(failovers.stream().filter(f -> f.edgeId().equals("edge-1")))
                    .extracting(FailoverHappened::from, FailoverHappened::to, FailoverHappened::cause)
                    .containsExactly(
                            tuple(null, PRIMARY, FailoverCause.START),
                            tuple(PRIMARY, BACKUP, FailoverCause.PUBLISHER_GONE),
                            tuple(BACKUP, PRIMARY, FailoverCause.PUBLISHER_GONE));
        }
    }

    @Test
    void edge_detects_a_frozen_primary_by_the_stall_threshold() throws Exception {
        try (EdgeReader reader = new EdgeReader(fleet, CONTENT, "edge-1")) {
            await("edge serves 4 segments of A", Duration.ofSeconds(25), () -> reader.count() >= 4);

            encoderA.freeze();
            Instant frozen = Instant.now();
            await("switch to B", Duration.ofSeconds(8),
                    () -> fleet.activeSource(CONTENT, "edge-1").equals(Optional.of(BACKUP)));
            FailoverHappened toB = failovers.stream().filter(f -> f.edgeId().equals("edge-1") && f.to() == BACKUP)
                    .findFirst().orElseThrow();
            long before = reader.count();
            await("2 segments of B", Duration.ofSeconds(10), () -> reader.count() >= before + 2);
            System.out.printf("[media] A frozen: switched %d ms after SIGSTOP, %s, detection %d ms%n",
                    Duration.between(frozen, toB.at()).toMillis(), toB.cause(), toB.detection().toMillis());

            assertThat(toB.cause()).isEqualTo(FailoverCause.STALL);
            assertThat(toB.detection()).as("within a poll interval or so").isLessThan(Duration.ofMillis(750));
            // The last segment came at most one segment before the freeze, the stall threshold is 1.5 segments.
            assertThat(Duration.between(frozen, toB.at()))
                    .isLessThan(SEGMENT.multipliedBy(5).dividedBy(2).plusMillis(750));
            assertStitched(reader, 1);
        } finally {
            encoderA.kill();
        }
    }

    @Test
    void drill_moves_every_edge_to_the_backup_and_is_marked() throws Exception {
        try (EdgeReader reader = new EdgeReader(fleet, CONTENT, "edge-2")) {
            await("edge serves 4 segments of A", Duration.ofSeconds(25), () -> reader.count() >= 4);

            fleet.drill(CONTENT);
            bus.publish(new PublishEnded(1, CONTENT, PRIMARY, Instant.now(), "drill")); // the pipeline drops A
            long before = reader.count();
            await("2 segments of B", Duration.ofSeconds(10), () -> reader.count() >= before + 2);

            assertThat(fleet.edgeIds(CONTENT)).containsExactly("edge-1", "edge-2");
            assertThat(failovers).filteredOn(f -> f.from() != null)
                    .extracting(FailoverHappened::edgeId, FailoverHappened::to, FailoverHappened::cause,
                            FailoverHappened::drill)
                    .containsExactlyInAnyOrder(
                            tuple("edge-1", BACKUP, FailoverCause.DRILL, true),
                            tuple("edge-2", BACKUP, FailoverCause.DRILL, true));
            assertStitched(reader, 1);
        }
    }

    /** Continuous edge sequence, one discontinuity per switch, no PDT gap or overlap beyond one segment. */
    private static void assertStitched(EdgeReader reader, int switches) {
        List<EdgeReader.Seen> seen = reader.seen();
        assertThat(reader.problems).isEmpty();
        assertThat(seen).extracting(s -> s.segment().sequence())
                .as("no edge sequence number skipped")
                .containsExactlyElementsOf(java.util.stream.LongStream
                        .rangeClosed(seen.getFirst().segment().sequence(), seen.getLast().segment().sequence())
                        .boxed().toList());
        assertThat(seen).filteredOn(s -> s.segment().discontinuity()).hasSize(switches);
        assertThat(seen).as("the edge served every listed segment").allMatch(EdgeReader.Seen::served);
        for (int i = 1; i < seen.size(); i++) {
            Duration gap = EdgeReader.gapBefore(seen.get(i - 1), seen.get(i));
            if (seen.get(i).segment().discontinuity()) {
                System.out.printf("[media] switch at edge segment %d: PDT gap %d ms (negative = repeat)%n",
                        seen.get(i).segment().sequence(), gap.toMillis());
                // switch-mode immediate: at most the last old segment again, plus the edge's stamping slack
                Duration repeatAllowed = seen.get(i - 1).segment().duration().plus(SEGMENT.dividedBy(10));
                assertThat(gap).as("PDT gap before edge segment %d", seen.get(i).segment().sequence())
                        .isBetween(repeatAllowed.negated(), SEGMENT);
            } else {
                assertThat(gap.abs()).as("PDT gap before edge segment %d", seen.get(i).segment().sequence())
                        .isLessThanOrEqualTo(Duration.ofMillis(200));
            }
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }

}
