package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishEnded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment's RTMPS certificate (files from a CA or an ACME client) is renewed while an encoder
 * publishes over RTMPS: the next handshake gets the new certificate, the running publish goes on
 * (no nginx reload strands it), as docs/deploy.md promises.
 */
@Tag("media")
class RtmpsCertificateRenewalTest {

    @TempDir
    Path dir;

    @Test
    void a_renewed_certificate_is_served_from_the_next_handshake_and_the_running_publish_goes_on() throws Exception {
        Path certificate = dir.resolve("fullchain.pem");
        Path key = dir.resolve("privkey.pem");
        issue("first.ingest.example", certificate, key);
        String streamKey = "renewalContentSecret42";
        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        try (RunningMonitor monitor = new RunningMonitor(Map.of(streamKey, "1:renewal:A:1"),
                "--monitor.rtmps.certificate=" + certificate, "--monitor.rtmps.certificate-key=" + key,
                "--monitor.rtmps.check-interval=1s");
                TestEncoder encoder = TestEncoder.start(TestEncoder.rtmpsArguments("127.0.0.1",
                        monitor.rtmpsPort(PRIMARY), streamKey, "320x180", 10))) {
            monitor.pipeline().bus().subscribe(events::add);
            int port = monitor.rtmpsPort(PRIMARY);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> monitor.pipeline().health("renewal", PRIMARY)
                            .filter(h -> h.publishing() && h.newestSegmentAge() != null).isPresent());
            assertThat(monitor.pipeline().health("renewal", PRIMARY).orElseThrow().protocol())
                    .isEqualTo(IngestProtocol.RTMPS);
            assertThat(served(port)).contains("first.ingest.example");

            // the ACME client renews: new key and certificate in place of the old ones
            Path fresh = Files.createDirectory(dir.resolve("fresh"));
            issue("second.ingest.example", fresh.resolve("fullchain.pem"), fresh.resolve("privkey.pem"));
            Files.move(fresh.resolve("privkey.pem"), key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(fresh.resolve("fullchain.pem"), certificate, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                    .until(() -> served(port).contains("second.ingest.example"));
            Thread.sleep(3000); // a stranded publish would end within nginx's 2 s idle drop
            assertThat(encoder.alive()).as("the encoder kept sending over the old TLS connection").isTrue();
            assertThat(events).noneMatch(e -> e instanceof PublishEnded ended && ended.contentId().equals("renewal"));
            assertThat(monitor.pipeline().health("renewal", PRIMARY).orElseThrow().publishing()).isTrue();
        }
    }

    /** A self-signed certificate and its key as openssl (and ACME clients) write them. */
    private static void issue(String name, Path certificate, Path key) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:prime256v1", "-nodes", "-days", "30", "-subj", "/CN=" + name, "-keyout",
                key.toString(), "-out", certificate.toString()).redirectErrorStream(true).start();
        String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS) && openssl.exitValue() == 0).as(out).isTrue();
    }

    /** What a new TLS handshake on the RTMPS port presents. */
    private static String served(int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return out;
    }
}
