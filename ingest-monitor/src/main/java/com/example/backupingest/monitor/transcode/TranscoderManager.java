package com.example.backupingest.monitor.transcode;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.process.ProcessLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Runs at most one transcoder per content and entrypoint. */
public final class TranscoderManager implements AutoCloseable {

    private final TranscodeSettings settings;
    private final ProcessLauncher launcher;
    private final Clock clock;
    private final Map<Job, Transcoder> running = new ConcurrentHashMap<>();

    public TranscoderManager(TranscodeSettings settings, ProcessLauncher launcher, Clock clock) {
        this.settings = settings;
        this.launcher = launcher;
        this.clock = clock;
    }

    /**
     * Starts (or restarts) the transcoder; {@code contentDir} is emptied of an earlier broadcast. {@code input}
     * names the stream by its content id (nginx renamed it on publish): no key on any command line.
     */
    public void start(Entrypoint entrypoint, String contentId, URI input, Path contentDir) {
        stop(entrypoint, contentId);
        prepare(contentDir);
        String name = "ffmpeg-" + entrypoint.letter() + "-" + contentId;
        Transcoder transcoder = new Transcoder(name, input, contentDir, settings, launcher, clock);
        running.put(new Job(entrypoint, contentId), transcoder);
        transcoder.start(settings.startDelay());
    }

    public void stop(Entrypoint entrypoint, String contentId) {
        Transcoder transcoder = running.remove(new Job(entrypoint, contentId));
        if (transcoder != null) {
            transcoder.close();
        }
    }

    public Optional<TranscoderStatus> status(Entrypoint entrypoint, String contentId) {
        return Optional.ofNullable(running.get(new Job(entrypoint, contentId))).map(Transcoder::status);
    }

    public Optional<Long> pid(Entrypoint entrypoint, String contentId) {
        return Optional.ofNullable(running.get(new Job(entrypoint, contentId))).map(Transcoder::pid);
    }

    public TranscodeSettings settings() {
        return settings;
    }

    private static void prepare(Path contentDir) {
        try {
            if (Files.isDirectory(contentDir)) {
                try (Stream<Path> old = Files.walk(contentDir)) {
                    old.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(contentDir)).forEach(p -> p.toFile().delete());
                }
            }
            for (var rendition : com.example.backupingest.monitor.Rendition.values()) {
                Files.createDirectories(contentDir.resolve(rendition.id()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare HLS folder " + contentDir, e);
        }
    }

    @Override
    public void close() {
        running.keySet().forEach(job -> stop(job.entrypoint(), job.contentId()));
    }

    private record Job(Entrypoint entrypoint, String contentId) {
    }
}
