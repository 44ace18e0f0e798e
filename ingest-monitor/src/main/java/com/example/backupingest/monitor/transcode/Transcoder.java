package com.example.backupingest.monitor.transcode;

import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.api.process.ProcessLauncher;
import com.example.backupingest.monitor.api.process.ProcessListener;
import com.example.backupingest.monitor.api.process.ProcessSpec;
import com.example.backupingest.monitor.api.process.Sleeper;
import com.example.backupingest.monitor.api.process.StopMethod;
import com.example.backupingest.monitor.api.process.SupervisedProcess;
import com.example.backupingest.monitor.signal.SignalAnalysis;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One supervised ffmpeg for one content on one entrypoint. It reads the stream by its content id
 * (nginx renamed it on publish), so neither its command line nor its stderr (logged) holds a key;
 * stdout carries -progress blocks.
 */
final class Transcoder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Transcoder.class);

    private static final Duration STAMP_INTERVAL = Duration.ofMillis(25);

    private final SupervisedProcess process;
    private final ProgressParser parser;
    private final PdtStamper stamper;
    private final String name;
    private volatile boolean closed;
    private final Clock clock;
    private volatile @Nullable TranscodeProgress last;
    private volatile @Nullable Instant slowSince;

    public Transcoder(String name, URI input, Path contentDir, TranscodeSettings settings,
            ProcessLauncher launcher, Clock clock) {
        this(name, input, contentDir, null, null, settings, launcher, clock);
    }

    /**
     * With an {@code analysis}: the picture and sound analysis runs in the same ffmpeg (its stderr lines
     * go to the analysis, not to the log) and, with a {@code thumbnail} path, a small picture is kept there.
     */
    public Transcoder(String name, URI input, Path contentDir, @Nullable SignalAnalysis analysis,
            @Nullable Path thumbnail, TranscodeSettings settings, ProcessLauncher launcher, Clock clock) {
        this.clock = clock;
        this.name = name;
        this.parser = new ProgressParser(clock);
        this.stamper = new PdtStamper(contentDir);
        HlsTranscodeArgs args = new HlsTranscodeArgs(settings.ffmpeg(), input, contentDir, settings.segment(),
                settings.playlistSize(), analysis != null, thumbnail);
        String contentId = contentDir.getFileName().toString(); // the HLS folder is named by content
        ProcessSpec spec = new ProcessSpec(name, args.build(), contentDir, new StopMethod.StdinLine("q"),
                Duration.ofSeconds(2));
        this.process = new SupervisedProcess(spec, launcher, settings.restart(), clock, Sleeper.REAL,
                new ProcessListener() {
                    @Override
                    public void line(OutputLine line) {
                        if (line.stderr()) {
                            if (analysis != null && analysis.accept(line.text())) {
                                return;
                            }
                            try (var ignored = StreamLogContext.open(null, contentId, null, null)) {
                                log.info("{}: {}", name, line.text());
                            }
                        } else {
                            parser.accept(line.text()).ifPresent(Transcoder.this::record);
                        }
                    }

                    @Override
                    public void started(long pid, int restarts) {
                        if (analysis != null) {
                            analysis.restarted();
                        }
                        stamper.restarted();
                        try (var ignored = StreamLogContext.open(null, contentId, null, null)) {
                            log.info("{} started (pid {}, restarts {})", name, pid, restarts);
                        }
                    }
                });
    }

    public void start(Duration delay) {
        process.start(delay);
        Thread.ofVirtual().name("pdt-" + name).start(this::stampLoop);
    }

    /** Re-stamps the playlists every 25 ms: ffmpeg writes one every segment, a stat per rendition per round. */
    private void stampLoop() {
        while (!closed) {
            try {
                stamper.poll();
            } catch (RuntimeException e) {
                log.warn("{}: stamping playlists failed: {}", name, e.toString());
            }
            com.example.backupingest.monitor.api.process.Pause.quietly(STAMP_INTERVAL);
        }
    }

    private void record(TranscodeProgress progress) {
        last = progress;
        Double speed = progress.speed();
        if (speed != null && speed < 1.0) {
            if (slowSince == null) {
                slowSince = clock.instant();
            }
        } else if (speed != null) {
            slowSince = null;
        }
    }

    public TranscoderStatus status() {
        return new TranscoderStatus(process.isRunning(), process.restarts(), process.lastStartedAt(), last, slowSince);
    }

    public @Nullable Long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        closed = true;
        process.close();
    }
}
