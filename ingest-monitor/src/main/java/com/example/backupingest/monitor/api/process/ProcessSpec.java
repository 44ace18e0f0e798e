package com.example.backupingest.monitor.api.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What to run and how to stop it. {@code name} appears in logs instead of the command, because
 * commands can carry stream keys.
 */
public record ProcessSpec(String name, List<String> command, Path workingDirectory, StopMethod stop,
        Duration stopTimeout) {

    public ProcessSpec {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command for " + name);
        }
    }
}
