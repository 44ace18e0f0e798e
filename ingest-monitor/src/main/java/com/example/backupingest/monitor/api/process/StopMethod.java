package com.example.backupingest.monitor.api.process;

import java.util.List;

/** How to ask a process politely to end before it is destroyed. */
public sealed interface StopMethod {

    /** Write a line to stdin, e.g. {@code q} for ffmpeg. */
    record StdinLine(String line) implements StopMethod {
    }

    /** Run a separate command, e.g. {@code nginx -s quit}. */
    record Command(List<String> command) implements StopMethod {

        public Command {
            command = List.copyOf(command);
        }
    }

    /** Go straight to SIGTERM. */
    record Terminate() implements StopMethod {
    }
}
