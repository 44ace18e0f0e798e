package com.example.backupingest.monitor.api;

import java.util.List;

/**
 * Whether this machine can run the media pipeline, and if not, why, in words an operator can act on.
 * The portal shows it instead of failing its own start when {@code monitor.fail-fast=false}.
 */
public record PipelineAvailability(boolean available, List<String> problems) {

    public static final String INSTALL_HINT = "apt-get install nginx libnginx-mod-rtmp libnginx-mod-stream ffmpeg";

    public PipelineAvailability {
        problems = List.copyOf(problems);
    }

    public static PipelineAvailability of(List<String> problems) {
        return new PipelineAvailability(problems.isEmpty(), problems);
    }

    public String summary() {
        return available ? "media pipeline available" : String.join("; ", problems);
    }
}
