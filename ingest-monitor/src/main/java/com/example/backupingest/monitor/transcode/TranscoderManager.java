package com.example.backupingest.monitor.transcode;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.process.ProcessLauncher;
import com.example.backupingest.monitor.signal.ContentSignals;
import com.example.backupingest.monitor.signal.SignalAnalysis;
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
import org.jspecify.annotations.Nullable;

/**
 * Runs at most one transcoder per content and entrypoint. With {@link ContentSignals}, each one also
 * analyses picture and sound and keeps a thumbnail ({@code <hls root>/../thumbnails/<content>.jpg},
 * outside what the origin serves).
 */
public final class TranscoderManager implements AutoCloseable {

    private final TranscodeSettings settings;
    private final ProcessLauncher launcher;
    private final Clock clock;
    private final @Nullable ContentSignals signals;
    private final Map<Job, Transcoder> running = new ConcurrentHashMap<>();

    public TranscoderManager(TranscodeSettings settings, ProcessLauncher launcher, Clock clock) {
        this(settings, launcher, clock, null);
    }

    public TranscoderManager(TranscodeSettings settings, ProcessLauncher launcher, Clock clock,
            @Nullable ContentSignals signals) {
        this.settings = settings;
        this.launcher = launcher;
        this.clock = clock;
        this.signals = signals;
    }

    /** Like {@link #start(Entrypoint, PublishGrant, URI, Path)} with the default content checks. */
    public void start(Entrypoint entrypoint, String contentId, URI input, Path contentDir) {
        start(entrypoint, new PublishGrant(0, contentId, entrypoint, 1), input, contentDir);
    }

    /**
     * Starts (or restarts) the transcoder; {@code contentDir} is emptied of an earlier broadcast. {@code input}
     * names the stream by its content id (nginx renamed it on publish): no key on any command line.
     */
    public void start(Entrypoint entrypoint, PublishGrant grant, URI input, Path contentDir) {
        String contentId = grant.contentId();
        stop(entrypoint, contentId);
        prepare(contentDir);
        String name = "ffmpeg-" + entrypoint.letter() + "-" + contentId;
        SignalAnalysis analysis = signals == null ? null : signals.open(entrypoint, grant);
        Path thumbnail = analysis == null ? null : thumbnailPath(contentDir);
        Transcoder transcoder = new Transcoder(name, input, contentDir, analysis, thumbnail, settings, launcher, clock);
        running.put(new Job(entrypoint, contentId), transcoder);
        transcoder.start(settings.startDelay());
    }

    public void stop(Entrypoint entrypoint, String contentId) {
        Transcoder transcoder = running.remove(new Job(entrypoint, contentId));
        if (transcoder != null) {
            transcoder.close();
            if (signals != null) {
                signals.close(entrypoint, contentId);
            }
        }
    }

    /** Where the transcoder of a content keeps its thumbnail (if it analyses). */
    public static Path thumbnailPath(Path contentDir) {
        Path hlsRoot = contentDir.toAbsolutePath().getParent();
        return hlsRoot.resolveSibling("thumbnails").resolve(contentDir.getFileName() + ".jpg");
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
            Path thumbnail = thumbnailPath(contentDir);
            Files.createDirectories(thumbnail.getParent());
            Files.deleteIfExists(thumbnail); // an earlier broadcast's picture is no picture of this one
            if (Files.isDirectory(contentDir)) {
                try (Stream<Path> old = Files.walk(contentDir)) {
                    old.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(contentDir)).forEach(p -> p.toFile().delete());
                }
            }
            for (var rendition : com.example.backupingest.monitor.api.Rendition.values()) {
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
