package com.example.backupingest.monitor.srt;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.SrtAccess;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.entrypoint.NginxSettings;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.process.FakeLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.transcode.TranscodeSettings;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SRT handshake gate as an attacker meets it: a flood of handshakes from one address is refused
 * without asking the key directory (the portal), while another address still gets in; a stream id
 * that names no content, or a content of the other entrypoint, gets no passphrase.
 */
class SrtCallerGateTest {

    private final MonitorEventBus bus = new MonitorEventBus();
    private final List<MonitorEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger asked = new AtomicInteger();
    private TranscoderManager transcoders;
    private SrtCallerGate gate;
    @TempDir
    Path hls;

    @BeforeEach
    void setUp() {
        bus.subscribe(events::add);
        Clock clock = Clock.systemUTC();
        transcoders = new TranscoderManager(new TranscodeSettings("ffmpeg", Duration.ofSeconds(2), 10,
                RestartPolicy.DEFAULT, Duration.ofSeconds(5), Duration.ZERO), new FakeLauncher(), clock);
        NginxSettings primary = new NginxSettings(Entrypoint.PRIMARY, 19350, 18181, hls, hls, Path.of("/m.so"),
                URI.create("http://127.0.0.1:1"), null);
        StreamKeyDirectory directory = new StreamKeyDirectory() {
            @Override
            public Optional<PublishGrant> authorize(Entrypoint entrypoint, String streamKey) {
                return Optional.empty();
            }

            @Override
            public Optional<SrtAccess> srtAccess(Entrypoint entrypoint, String contentId) {
                asked.incrementAndGet();
                return contentId.equals("tenantA") && entrypoint == Entrypoint.PRIMARY
                        ? Optional.of(new SrtAccess(new PublishGrant(1, "tenantA", Entrypoint.PRIMARY, 2),
                                "passphraseOfTenantA0123456789ab"))
                        : Optional.empty();
            }
        };
        PublishSessions sessions = new PublishSessions(directory, bus, transcoders, Map.of(Entrypoint.PRIMARY, primary),
                clock);
        gate = new SrtCallerGate(Entrypoint.PRIMARY, directory, sessions, 10, Duration.ofSeconds(10));
    }

    @AfterEach
    void tearDown() {
        transcoders.close();
    }

    @Test
    void a_handshake_flood_from_one_address_is_refused_without_asking_the_directory_and_others_still_get_in() {
        for (int i = 0; i < 500; i++) {
            gate.decide("203.0.113.66", "invented" + i);
        }

        assertThat(asked).as("only the first 10 handshakes reach the directory").hasValue(10);
        assertThat(gate.decide("203.0.113.66", "tenantA")).as("the flooding address is out, even with a real id")
                .isInstanceOfSatisfying(SrtCallerGate.Refuse.class,
                        r -> assertThat(r.code()).isEqualTo(SrtLibrary.REJX_OVERLOAD));
        assertThat(gate.decide("198.51.100.7", "tenantA")).as("a caller from another address")
                .isInstanceOfSatisfying(SrtCallerGate.Admit.class,
                        a -> assertThat(a.access().grant().contentId()).isEqualTo("tenantA"));
        assertThat(events).filteredOn(PublishRefused.class::isInstance).hasSize(501);
    }

    @Test
    void a_stream_id_naming_no_content_or_a_malformed_one_gets_no_passphrase() {
        for (String id : List.of("unknownContent", "", "../tenantA", "tenantA;rm", "#!::r=tenantA,m=request",
                "#!::u=admin", "x".repeat(65))) {
            assertThat(gate.decide("198.51.100." + id.length(), id)).as(id)
                    .isInstanceOf(SrtCallerGate.Refuse.class);
        }
        assertThat(gate.decide("198.51.100.99", "#!::r=tenantA,m=publish")).isInstanceOf(SrtCallerGate.Admit.class);
    }
}
