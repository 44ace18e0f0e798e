package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.testing.FreePort;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The in-process pipeline on free ports with its own work folder, ingest URLs that match, a small
 * demo test pattern (2 CPU cores are shared) and a GreenMail port: for the tests that prove the
 * Live page with real nginx-rtmp, ffmpeg and SMTP.
 */
final class LivePipelineProperties {

    final int primaryRtmp = freePort();
    final int backupRtmp = freePort();
    final int primaryRtmps = freePort();
    final int backupRtmps = freePort();
    final int primarySrt = freeUdpPort();
    final int backupSrt = freeUdpPort();
    final int smtp = freePort();
    final Path workDir;

    LivePipelineProperties() {
        try {
            workDir = Files.createTempDirectory("live-pipeline-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real SMTP server on this pipeline's mail port; the caller stops it. */
    GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(this.smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("monitor.enabled", () -> "true");
        registry.add("monitor.fail-fast", () -> "true");
        registry.add("monitor.work-dir", workDir::toString);
        registry.add("monitor.entrypoints.primary.rtmp-port", () -> primaryRtmp);
        registry.add("monitor.entrypoints.primary.origin-http-port", LivePipelineProperties::freePort);
        registry.add("monitor.entrypoints.backup.rtmp-port", () -> backupRtmp);
        registry.add("monitor.entrypoints.backup.origin-http-port", LivePipelineProperties::freePort);
        registry.add("portal.ingest.primary-url", () -> "rtmp://127.0.0.1:" + primaryRtmp + "/live");
        registry.add("portal.ingest.backup-url", () -> "rtmp://127.0.0.1:" + backupRtmp + "/live");
        registry.add("monitor.entrypoints.primary.rtmps-port", () -> primaryRtmps);
        registry.add("monitor.entrypoints.backup.rtmps-port", () -> backupRtmps);
        registry.add("monitor.entrypoints.primary.srt-port", () -> primarySrt);
        registry.add("monitor.entrypoints.backup.srt-port", () -> backupSrt);
        registry.add("portal.ingest.primary-rtmps-url", () -> "rtmps://127.0.0.1:" + primaryRtmps + "/live");
        registry.add("portal.ingest.backup-rtmps-url", () -> "rtmps://127.0.0.1:" + backupRtmps + "/live");
        registry.add("portal.ingest.primary-srt-url", () -> "srt://127.0.0.1:" + primarySrt);
        registry.add("portal.ingest.backup-srt-url", () -> "srt://127.0.0.1:" + backupSrt);
        registry.add("portal.live.demo-encoders", () -> "true");
        registry.add("portal.live.demo-video", () -> "640x360");
        registry.add("portal.live.demo-fps", () -> "15");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp);
        registry.add("portal.mail.poll-interval", () -> "200ms");
    }

    static int freeUdpPort() {
        return FreePort.nextUdp();
    }

    static int freePort() {
        return FreePort.next();
    }
}
