package com.example.backupingest.monitor.api.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a process in three steps, each given {@code stopTimeout}: the polite way of its
 * {@link StopMethod} (ffmpeg finishes its playlists on {@code q}), then SIGTERM, then SIGKILL.
 */
final class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final ProcessSpec spec;
    private final ProcessLauncher launcher;

    GracefulStop(ProcessSpec spec, ProcessLauncher launcher) {
        this.spec = spec;
        this.launcher = launcher;
    }

    void stop(RunningProcess process) throws InterruptedException {
        askToStop(process);
        if (!process.waitFor(spec.stopTimeout())) {
            process.destroy();
            if (!process.waitFor(spec.stopTimeout())) {
                process.destroyForcibly();
                process.waitFor(spec.stopTimeout());
            }
        }
    }

    private void askToStop(RunningProcess process) throws InterruptedException {
        switch (spec.stop()) {
            case StopMethod.StdinLine(String line) -> {
                try {
                    process.stdin().write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    process.stdin().flush();
                } catch (IOException e) {
                    log.debug("{}: stdin closed before stop", spec.name());
                }
            }
            case StopMethod.Command(List<String> command) -> {
                try {
                    RunningProcess stopper = launcher.launch(command, spec.workingDirectory());
                    stopper.waitFor(spec.stopTimeout());
                } catch (IOException e) {
                    log.warn("{}: stop command failed: {}", spec.name(), e.getMessage());
                }
            }
            case StopMethod.Terminate() -> process.destroy();
        }
    }
}
