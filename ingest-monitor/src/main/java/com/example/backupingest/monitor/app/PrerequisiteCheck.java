package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.PipelineAvailability;

import com.example.backupingest.monitor.srt.SrtIngest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Looks for nginx, its RTMP and stream modules, libsrt, ffmpeg and ffprobe before anything is started. */
final class PrerequisiteCheck {

    private PrerequisiteCheck() {
    }

    public static PipelineAvailability check(MonitorProperties p) {
        List<String> problems = new ArrayList<>();
        requireBinary(problems, "nginx", p.nginx(), "monitor.nginx", "install nginx and libnginx-mod-rtmp");
        if (!Files.isReadable(p.rtmpModule())) {
            problems.add("nginx RTMP module not found at " + p.rtmpModule()
                    + " (monitor.rtmp-module): install nginx and libnginx-mod-rtmp (" + PipelineAvailability.INSTALL_HINT
                    + ")");
        }
        if (p.rtmps().enabled() && !Files.isReadable(p.rtmps().streamModule())) {
            problems.add("nginx stream module (RTMPS) not found at " + p.rtmps().streamModule()
                    + " (monitor.rtmps.stream-module): install libnginx-mod-stream, or set monitor.rtmps.enabled=false ("
                    + PipelineAvailability.INSTALL_HINT + ")");
        }
        if (p.srt().enabled()) {
            SrtIngest.unavailable(p.srt().library()).ifPresent(why -> problems.add("libsrt (SRT) " + why
                    + " (monitor.srt.library): install libsrt1.5-gnutls, or set monitor.srt.enabled=false ("
                    + PipelineAvailability.INSTALL_HINT + ")"));
        }
        requireBinary(problems, "ffmpeg", p.ffmpeg(), "monitor.ffmpeg", "install ffmpeg");
        requireBinary(problems, "ffprobe", p.ffprobe(), "monitor.ffprobe", "install ffmpeg");
        return PipelineAvailability.of(problems);
    }

    private static void requireBinary(List<String> problems, String what, String binary, String property,
            String advice) {
        if (resolve(binary) == null) {
            problems.add(what + " not found at '" + binary + "' (" + property + "): " + advice + " ("
                    + PipelineAvailability.INSTALL_HINT + ")");
        }
    }

    static Path resolve(String binary) {
        if (binary.contains(File.separator)) {
            Path path = Path.of(binary);
            return Files.isExecutable(path) ? path : null;
        }
        String pathVar = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        // nginx lives in /usr/sbin, which a non-root PATH often lacks
        for (String dir : (pathVar + ":/usr/sbin:/usr/local/sbin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, binary);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
