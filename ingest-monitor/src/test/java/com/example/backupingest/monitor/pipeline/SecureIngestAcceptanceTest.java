package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.EntrypointHealth;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 18, acceptance 1 and 2 against the whole monitor: RTMPS and SRT from real encoders (ffmpeg and
 * GStreamer) into both entrypoints, read back from the edge like a player; and what is refused: TLS
 * older than 1.2 or without forward secrecy, a wrong key after the TLS handshake, an SRT caller with a
 * wrong passphrase, an unknown stream id, or no encryption. Keys and passphrases never reach a log.
 */
@Tag("media")
@ExtendWith(OutputCaptureExtension.class)
class SecureIngestAcceptanceTest {

    static final String SIZE = "320x180";
    static final Duration LATENCY = Duration.ofMillis(500);
    static final List<String> CONTENTS = List.of("tlsffmpeg", "tlsgst", "srtffmpeg", "srtgst", "refusals",
            "tlsflood");
    static RunningMonitor monitor;
    static final List<MonitorEvent> EVENTS = new CopyOnWriteArrayList<>();
    final List<TestEncoder> encoders = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startMonitor() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String content : CONTENTS) {
            // "refusals" is another tenant's (account 2): callers try it with account 1's passphrases too
            String account = content.equals("refusals") ? "2:" : "1:";
            keys.put(key(content, PRIMARY), account + content + ":A:1");
            keys.put(key(content, BACKUP), account + content + ":B:1");
        }
        monitor = new RunningMonitor(keys, "--monitor.srt.latency=" + LATENCY.toMillis() + "ms");
        monitor.pipeline().bus().subscribe(EVENTS::add);
    }

    @AfterEach
    void stopEncoders() {
        encoders.forEach(TestEncoder::close);
    }

    @AfterAll
    static void stopMonitor() throws IOException {
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void ffmpeg_and_gstreamer_publish_over_rtmps_to_both_entrypoints_and_the_edge_serves_the_picture(
            CapturedOutput output) throws Exception {
        start(TestEncoder.rtmpsArguments("127.0.0.1", monitor.rtmpsPort(PRIMARY), key("tlsffmpeg", PRIMARY), SIZE, 10));
        start(TestEncoder.rtmpsArguments("127.0.0.1", monitor.rtmpsPort(BACKUP), key("tlsffmpeg", BACKUP), SIZE, 10));
        start(TestEncoder.gstRtmpsArguments("127.0.0.1", monitor.rtmpsPort(PRIMARY), key("tlsgst", PRIMARY)));
        start(TestEncoder.gstRtmpsArguments("127.0.0.1", monitor.rtmpsPort(BACKUP), key("tlsgst", BACKUP)));

        for (String content : List.of("tlsffmpeg", "tlsgst")) {
            for (Entrypoint entrypoint : Entrypoint.values()) {
                EntrypointHealth health = awaitLive(content, entrypoint);
                assertThat(health.protocol()).isEqualTo(IngestProtocol.RTMPS);
                assertThat(health.width()).isEqualTo(320);
            }
            assertThat(publishStarted(content)).extracting(PublishStarted::entrypoint)
                    .containsExactlyInAnyOrder(PRIMARY, BACKUP);
            assertEdgeServesPicture(content);
        }
        assertThat(monitor.pipeline().origins()).isNotNull();
        assertNoSecretIn(output.getAll());
        assertNoSecretInNginxLogs();
    }

    @Test
    void tls_older_than_1_2_and_ciphers_without_forward_secrecy_are_refused_tls_1_2_and_1_3_are_taken()
            throws Exception {
        int port = monitor.rtmpsPort(PRIMARY);
        // a client insisting on TLS 1.0 / 1.1, even with OpenSSL's floor lowered for it
        for (String old : List.of("-tls1", "-tls1_1")) {
            Handshake refused = handshake(port, old, "-cipher", "DEFAULT@SECLEVEL=0");
            assertThat(refused.established()).as("%s refused: %s", old, refused.output()).isFalse();
        }
        Handshake cbc = handshake(port, "-tls1_2", "-cipher", "AES128-SHA:AES256-SHA:ECDHE-ECDSA-AES128-SHA");
        assertThat(cbc.established()).as("no CBC or static-RSA suites: %s", cbc.output()).isFalse();
        Handshake tls12 = handshake(port, "-tls1_2");
        assertThat(tls12.established()).as(tls12.output()).isTrue();
        assertThat(tls12.output()).containsPattern("New, TLSv1.2, Cipher is ECDHE-ECDSA-(AES\\d+-GCM|CHACHA20)");
        Handshake tls13 = handshake(port, "-tls1_3");
        assertThat(tls13.established()).as(tls13.output()).isTrue();
        assertThat(tls13.output()).contains("New, TLSv1.3, Cipher is TLS_");
        assertThat(tls13.output()).as("the self-signed certificate whose fingerprint the setup page shows")
                .contains("CN = localhost");
        // what the portal's stream setup reads through the facade: the certificate nginx presents
        assertThat(monitor.pipeline().ingestCertificate()).hasValueSatisfying(certificate -> {
            assertThat(certificate.selfSigned()).isTrue();
            assertThat(certificate.subject()).contains("CN=localhost");
            assertThat(certificate.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        });
    }

    @Test
    void a_wrong_key_over_rtmps_is_refused_after_the_tls_handshake_and_never_logged(CapturedOutput output)
            throws Exception {
        String wrong = "wrongKeyOverTls" + "Secret99";
        TestEncoder encoder = start(TestEncoder.rtmpsArguments("127.0.0.1", monitor.rtmpsPort(PRIMARY), wrong, SIZE, 10));
        PublishRefused refused = await().atMost(Duration.ofSeconds(20)).until(
                () -> EVENTS.stream().filter(PublishRefused.class::isInstance).map(PublishRefused.class::cast)
                        .filter(r -> r.maskedKey().endsWith("et99")).findFirst(), java.util.Optional::isPresent).get();
        assertThat(encoder.process().waitFor(15, TimeUnit.SECONDS)).as("nginx drops the encoder").isTrue();
        assertThat(refused.contentId()).isEqualTo("unknown");
        assertThat(refused.clientAddress()).as("on_publish saw the encoder's address through TLS").isEqualTo("127.0.0.1");
        assertThat(output.getAll()).doesNotContain(wrong);
        assertNoSecretInNginxLogs(wrong);
    }

    @Test
    void ffmpeg_and_gstreamer_publish_as_srt_callers_to_both_entrypoints_with_their_link_figures(CapturedOutput output)
            throws Exception {
        for (Entrypoint entrypoint : Entrypoint.values()) {
            start(TestEncoder.srtArguments("127.0.0.1", monitor.srtPort(entrypoint), "srtffmpeg",
                    passphrase("srtffmpeg", entrypoint), LATENCY, SIZE, 10));
            start(TestEncoder.gstSrtArguments("127.0.0.1", monitor.srtPort(entrypoint), "#!::r=srtgst,m=publish",
                    passphrase("srtgst", entrypoint), LATENCY));
        }
        for (String content : List.of("srtffmpeg", "srtgst")) {
            for (Entrypoint entrypoint : Entrypoint.values()) {
                EntrypointHealth health = awaitLive(content, entrypoint);
                assertThat(health.protocol()).isEqualTo(IngestProtocol.SRT);
                assertThat(health.srtLink()).isNotNull();
                assertThat(health.srtLink().packetsReceived()).isPositive();
                assertThat(health.srtLink().latencyMs()).isGreaterThanOrEqualTo((int) LATENCY.toMillis());
                // actuator's entrypoint health covers the SRT listener
                var indicator = (org.springframework.boot.health.contributor.HealthIndicator) monitor
                        .bean(com.example.backupingest.monitor.ops.EntrypointsHealthContributor.class)
                        .getContributor(entrypoint.name().toLowerCase(java.util.Locale.ROOT));
                var entrypointHealth = indicator.health();
                assertThat(entrypointHealth.getStatus())
                        .isEqualTo(org.springframework.boot.health.contributor.Status.UP);
                assertThat(entrypointHealth.getDetails()).containsEntry("srtPort", monitor.srtPort(entrypoint))
                        .containsEntry("reason", "serving RTMP and HTTP and SRT").containsKey("srtRestarts");
                assertThat((Integer) entrypointHealth.getDetails().get("srtCallers")).isPositive();
                assertThat(health.srtLink().rttMs()).isGreaterThanOrEqualTo(0);
            }
            assertEdgeServesPicture(content);
        }
        assertNoSecretIn(output.getAll());
    }

    @Test
    void an_srt_caller_with_a_wrong_passphrase_an_unknown_stream_id_or_no_encryption_gets_nothing_through()
            throws Exception {
        int port = monitor.srtPort(PRIMARY);
        int relaysBefore = monitor.runtime().srt().listener(PRIMARY).orElseThrow().relayPids().size();
        String wrongPassphrase = "wrongPassphraseFor" + "refusals1";
        List<Caller> callers = List.of(
                caller("wrong passphrase", TestEncoder.srtArguments("127.0.0.1", port, "refusals", wrongPassphrase,
                        LATENCY, SIZE, 10)),
                caller("unknown stream id", TestEncoder.srtArguments("127.0.0.1", port, "nosuchcontent",
                        passphrase("refusals", PRIMARY), LATENCY, SIZE, 10)),
                caller("backup's passphrase on the primary", TestEncoder.srtArguments("127.0.0.1", port, "refusals",
                        passphrase("refusals", BACKUP), LATENCY, SIZE, 10)),
                caller("another tenant's passphrase", TestEncoder.srtArguments("127.0.0.1", port, "refusals",
                        passphrase("srtffmpeg", PRIMARY), LATENCY, SIZE, 10)),
                caller("no encryption", TestEncoder.srtArguments("127.0.0.1", port, "refusals", null, LATENCY, SIZE,
                        10)));
        for (Caller caller : callers) {
            assertThat(caller.process().waitFor(20, TimeUnit.SECONDS)).as("%s: the caller gives up", caller.what())
                    .isTrue();
            assertThat(caller.process().exitValue()).as(caller.what()).isNotZero();
            assertThat(caller.stderr()).as(caller.what()).contains("REJECT");
        }
        // libsrt's own words for each refusal, as the caller's log shows them
        assertThat(callers.get(0).stderr()).contains("Incorrect passphrase");
        assertThat(callers.get(1).stderr()).as("refused by the gate in the handshake")
                .contains("Application-defined rejection");
        assertThat(callers.get(2).stderr()).contains("Incorrect passphrase");
        assertThat(callers.get(3).stderr()).contains("Incorrect passphrase");
        assertThat(callers.get(4).stderr()).contains("Password required");
        assertThat(EVENTS).filteredOn(PublishStarted.class::isInstance).map(PublishStarted.class::cast)
                .noneMatch(s -> s.contentId().equals("refusals") || s.contentId().equals("nosuchcontent"));
        assertThat(EVENTS).filteredOn(PublishRefused.class::isInstance).map(PublishRefused.class::cast)
                .anyMatch(r -> r.entrypoint() == PRIMARY && r.maskedKey().endsWith("tent"));
        assertThat(monitor.runtime().srt().listener(PRIMARY).orElseThrow().relayPids()).hasSize(relaysBefore);
        assertThat(Files.exists(monitor.runtime().settings(PRIMARY).hlsRoot().resolve("refusals")))
                .as("no transcoder ever started").isFalse();
    }

    @Test
    void a_flood_of_idle_tls_connections_from_one_address_is_capped_and_an_encoder_from_elsewhere_still_publishes()
            throws Exception {
        int port = monitor.rtmpsPort(PRIMARY);
        int tries = 100;
        List<Socket> flood = new ArrayList<>();
        try {
            // an attacker at 127.0.0.2 opens connections and never starts TLS
            for (int i = 0; i < tries; i++) {
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress(InetAddress.ofLiteral("127.0.0.2"), 0));
                socket.connect(new InetSocketAddress(InetAddress.ofLiteral("127.0.0.1"), port), 2000);
                flood.add(socket);
            }
            int held = 0;
            int closed = 0;
            for (Socket socket : flood) {
                socket.setSoTimeout(150);
                try {
                    closed += socket.getInputStream().read() == -1 ? 1 : 0;
                } catch (SocketTimeoutException waiting) {
                    held++; // nginx still waits for this one's ClientHello (up to the handshake timeout)
                } catch (IOException reset) {
                    closed++;
                }
            }
            System.out.printf("RTMPS flood from one address: %d connections held, %d closed at once%n", held, closed);
            assertThat(held).as("connections nginx keeps for one address").isPositive().isLessThanOrEqualTo(32);
            assertThat(closed).isEqualTo(tries - held);

            // meanwhile an encoder on another address publishes as usual
            start(TestEncoder.rtmpsArguments("127.0.0.1", port, key("tlsflood", PRIMARY), SIZE, 10));
            assertThat(awaitLive("tlsflood", PRIMARY).protocol()).isEqualTo(IngestProtocol.RTMPS);
        } finally {
            for (Socket socket : flood) {
                socket.close();
            }
        }
    }

    // --- helpers ---

    static String key(String content, Entrypoint entrypoint) {
        return "s" + entrypoint.letter() + content + "Secret42";
    }

    static String passphrase(String content, Entrypoint entrypoint) {
        return SrtPassphrases.of(key(content, entrypoint));
    }

    private TestEncoder start(List<String> command) throws IOException {
        TestEncoder encoder = TestEncoder.start(command);
        encoders.add(encoder);
        return encoder;
    }

    private record Caller(String what, Process process, Path stderrFile) {
        String stderr() throws IOException {
            return Files.readString(stderrFile, StandardCharsets.UTF_8);
        }
    }

    private Caller caller(String what, List<String> command) throws IOException {
        List<String> verbose = new ArrayList<>(command);
        verbose.set(verbose.indexOf("error"), "info"); // ffmpeg's -loglevel: the reject reason is an info line
        Path stderr = Files.createTempFile("srt-caller-", ".log");
        stderr.toFile().deleteOnExit();
        Process process = new ProcessBuilder(verbose).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        encoders.add(TestEncoder.of(process));
        return new Caller(what, process, stderr);
    }

    private static EntrypointHealth awaitLive(String content, Entrypoint entrypoint) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> monitor.pipeline().health(content, entrypoint)
                        .filter(h -> h.publishing() && h.newestSegmentAge() != null && h.width() != null), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static List<PublishStarted> publishStarted(String content) {
        return EVENTS.stream().filter(PublishStarted.class::isInstance).map(PublishStarted.class::cast)
                .filter(s -> s.contentId().equals(content)).toList();
    }

    /** A player's view: the edge lists segments and ffprobe reads the picture from it. */
    private static void assertEdgeServesPicture(String content) throws Exception {
        try (EdgeFollower follower = new EdgeFollower(monitor.edgePlaylist(content, "edge-1", "original"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> follower.count() >= 2);
            assertThat(follower.seen()).allMatch(EdgeFollower.Seen::served);
        }
        Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=codec_name,width,height", "-of", "csv=p=0",
                monitor.edgePlaylist(content, "edge-1", "360p").toString()).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        probe.waitFor(30, TimeUnit.SECONDS);
        assertThat(out).startsWith("h264,640,360");
    }

    private record Handshake(boolean established, String output) {
    }

    private static Handshake handshake(int port, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close(); // like `echo |`: hang up after the handshake
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(15, TimeUnit.SECONDS);
        boolean established = out.contains("BEGIN CERTIFICATE") && !out.contains("Cipher is (NONE)");
        return new Handshake(established, out);
    }

    private static List<String> secrets() {
        List<String> all = new ArrayList<>();
        for (String content : CONTENTS) {
            for (Entrypoint entrypoint : Entrypoint.values()) {
                all.add(key(content, entrypoint));
                all.add(passphrase(content, entrypoint));
            }
        }
        return all;
    }

    private static void assertNoSecretIn(String log) {
        assertThat(secrets()).allSatisfy(secret -> assertThat(log).doesNotContain(secret));
    }

    private static void assertNoSecretInNginxLogs(String... more) throws IOException {
        List<String> all = new ArrayList<>(secrets());
        all.addAll(List.of(more));
        try (Stream<Path> files = Files.walk(monitor.workDir())) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                assertThat(all).as(log.toString()).allSatisfy(secret -> assertThat(text).doesNotContain(secret));
            }
        }
    }
}
