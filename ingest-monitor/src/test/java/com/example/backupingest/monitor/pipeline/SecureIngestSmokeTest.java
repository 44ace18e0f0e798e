package com.example.backupingest.monitor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.IngestProtocol;
import com.example.backupingest.monitor.SrtPassphrases;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecureIngestSmokeTest {

    @Test
    void smoke() throws Exception {
        try (RunningMonitor monitor = new RunningMonitor(Map.of("keyAkeyAkeyAkeyA1", "1:smoke:A:1",
                "keyBkeyBkeyBkeyB1", "1:smoke:B:1"));
                TestEncoder a = TestEncoder.start(TestEncoder.srtArguments("127.0.0.1", monitor.srtPort(Entrypoint.PRIMARY),
                        "smoke", SrtPassphrases.of("keyAkeyAkeyAkeyA1"), Duration.ofMillis(500), "320x180", 10));
                TestEncoder b = TestEncoder.start(TestEncoder.rtmpsArguments("127.0.0.1",
                        monitor.rtmpsPort(Entrypoint.BACKUP), "keyBkeyBkeyBkeyB1", "320x180", 10))) {
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
                assertThat(monitor.pipeline().health("smoke", Entrypoint.PRIMARY)).hasValueSatisfying(h -> {
                    assertThat(h.protocol()).isEqualTo(IngestProtocol.SRT);
                    assertThat(h.srtLink()).isNotNull();
                    assertThat(h.newestSegmentAge()).isNotNull();
                });
                assertThat(monitor.pipeline().health("smoke", Entrypoint.BACKUP)).hasValueSatisfying(h -> {
                    assertThat(h.protocol()).isEqualTo(IngestProtocol.RTMPS);
                    assertThat(h.newestSegmentAge()).isNotNull();
                });
            });
            System.out.println("[smoke] " + monitor.pipeline().health("smoke", Entrypoint.PRIMARY));
            System.out.println("[smoke] " + monitor.pipeline().health("smoke", Entrypoint.BACKUP));
        }
    }
}
