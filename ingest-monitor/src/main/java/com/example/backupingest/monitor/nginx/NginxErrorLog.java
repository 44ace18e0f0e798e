package com.example.backupingest.monitor.nginx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of an nginx error log: what a "did not become ready" message quotes. */
public final class NginxErrorLog {

    private NginxErrorLog() {
    }

    public static String tail(Path errorLog) {
        try {
            List<String> all = Files.readAllLines(errorLog);
            return String.join(" | ", all.subList(Math.max(0, all.size() - 3), all.size()));
        } catch (IOException e) {
            return "(no error log)";
        }
    }
}
