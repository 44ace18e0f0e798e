package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.api.Mismatch;
import com.example.backupingest.monitor.api.MismatchDetector;

import static com.example.backupingest.monitor.health.HealthFixtures.live;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MismatchDetectorTest {

    private final MismatchDetector detector = new MismatchDetector();
    private final Duration two = Duration.ofSeconds(2);

    @Test
    void identical_encoders_produce_no_warning() {
        assertThat(detector.detect(live(Entrypoint.PRIMARY, 1280, 720, 25, "H264", "High", "AAC", two),
                live(Entrypoint.BACKUP, 1280, 720, 25.2, "H264", "High", "AAC", Duration.ofMillis(2040)))).isEmpty();
    }

    @Test
    void every_differing_property_is_reported_with_both_values() {
        assertThat(detector.detect(live(Entrypoint.PRIMARY, 1920, 1080, 50, "H264", "High", "AAC", two),
                live(Entrypoint.BACKUP, 1280, 720, 25, "H264", "Main", null, Duration.ofSeconds(4))))
                .containsExactly(
                        new Mismatch("resolution", "1920x1080", "1280x720"),
                        new Mismatch("fps", "50", "25"),
                        new Mismatch("videoCodec", "H264 High", "H264 Main"),
                        new Mismatch("keyframeInterval", "2.0 s", "4.0 s"),
                        new Mismatch("audio", "present", "missing"));
    }

    @Test
    void a_side_that_has_not_reported_yet_is_not_a_mismatch() {
        EntrypointHealth unknown = new EntrypointHealth("c1", Entrypoint.BACKUP, HealthState.IDLE, "idle", false, null,
                null, null, null, null, null, null, null, false, null, java.util.Map.of(), null, null);
        assertThat(detector.detect(live(Entrypoint.PRIMARY, 1280, 720, 25, "H264", "High", "AAC", two), unknown))
                .isEmpty();
    }
}
