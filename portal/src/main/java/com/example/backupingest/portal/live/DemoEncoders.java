package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.StateChanging;
import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.security.AuditDetail;
import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Demo profile only: test-pattern encoders that publish a content to both of its entrypoints with
 * its real keys, so a newcomer sees live health at once. Output is discarded (ffmpeg errors would
 * name the URL, and with it the key); processes are stopped with 'q', then killed.
 */
public class DemoEncoders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoEncoders.class);

    private record Key(long accountId, String contentId, Entrypoint entrypoint) {
    }

    private final StreamSetupService setup;
    private final CurrentUser currentUser;
    private final DemoEncoderArgs args;
    private final Map<Key, Process> running = new ConcurrentHashMap<>();

    DemoEncoders(StreamSetupService setup, CurrentUser currentUser, DemoEncoderArgs args) {
        this.setup = setup;
        this.currentUser = currentUser;
        this.args = args;
    }

    /** Starts an encoder on every entrypoint the content has (both with the add-on). */
    @StateChanging("DEMO_ENCODERS_STARTED")
    public void start(@AuditDetail String contentId) {
        long accountId = currentUser.requireAccountId();
        ContentSetup content = setup.contents().stream().filter(c -> c.contentId().equals(contentId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("no content " + contentId + " in this account"));
        for (IngestEndpoint endpoint : content.endpoints()) {
            Key key = new Key(accountId, contentId, endpoint.entrypoint());
            if (isAlive(running.get(key))) {
                continue;
            }
            String url = endpoint.serverUrl() + "/" + setup.revealKey(contentId, endpoint.entrypoint());
            running.put(key, launch(args.build(url)));
            log.info("demo encoder for {} on {} started ({})", contentId, endpoint.entrypoint(),
                    endpoint.maskedFullUrl());
        }
    }

    @StateChanging("DEMO_ENCODERS_STOPPED")
    public void stop(@AuditDetail String contentId) {
        for (Entrypoint entrypoint : Entrypoint.values()) {
            Process process = running.remove(new Key(currentUser.requireAccountId(), contentId, entrypoint));
            if (process != null) {
                stopGracefully(process);
            }
        }
    }

    /** Kills one encoder without a goodbye, like a crashing encoder or a cut line (tests, benchmarks). */
    @StateChanging("DEMO_ENCODER_KILLED")
    public boolean kill(@AuditDetail String contentId, @AuditDetail Entrypoint entrypoint) {
        Process process = running.remove(new Key(currentUser.requireAccountId(), contentId, entrypoint));
        if (process == null) {
            return false;
        }
        process.destroyForcibly();
        return true;
    }

    @ReadsOnly
    public boolean running(String contentId) {
        long accountId = currentUser.requireAccountId();
        return running.entrySet().stream().anyMatch(e -> e.getKey().accountId() == accountId
                && e.getKey().contentId().equals(contentId) && isAlive(e.getValue()));
    }

    private static Process launch(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // the message would carry the command line with the key
            throw new IllegalStateException("cannot start the demo encoder (" + command.getFirst() + ")");
        }
    }

    private static boolean isAlive(@Nullable Process process) {
        return process != null && process.isAlive();
    }

    private static void stopGracefully(Process process) {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write("q".getBytes(StandardCharsets.US_ASCII));
            stdin.flush();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        running.values().forEach(DemoEncoders::stopGracefully);
        running.clear();
    }
}
