package com.example.backupingest.monitor.api.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads a process stream line by line on a virtual thread so the process never blocks on a full pipe. */
final class OutputDrain {

    private final String name;
    private final ProcessListener listener;

    OutputDrain(String name, ProcessListener listener) {
        this.name = name;
        this.listener = listener;
    }

    void start(InputStream stream, boolean stderr) {
        Thread.ofVirtual().name("drain-" + name + (stderr ? "-err" : "-out")).start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    listener.line(new ProcessListener.OutputLine(stderr, line));
                }
            } catch (IOException e) {
                // the process is gone; its exit is handled by the supervisor
            }
        });
    }
}
