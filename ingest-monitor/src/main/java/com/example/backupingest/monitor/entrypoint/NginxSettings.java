package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.Entrypoint;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Everything one entrypoint's nginx needs. {@code callbackBase} is the monitor's own HTTP address;
 * {@code user} is set only when the monitor runs as root, so workers can read the HLS files the
 * monitor's ffmpeg wrote instead of dropping to {@code nobody}.
 */
public record NginxSettings(Entrypoint entrypoint, int rtmpPort, int originHttpPort, Path workDir, Path hlsRoot,
        Path rtmpModule, URI callbackBase, @Nullable String user) {

    public NginxSettings withCallbackBase(URI base) {
        return new NginxSettings(entrypoint, rtmpPort, originHttpPort, workDir, hlsRoot, rtmpModule, base, user);
    }

    public Path confFile() {
        return workDir.resolve("nginx.conf");
    }

    public Path errorLog() {
        return workDir.resolve("error.log");
    }

    public URI callback(String call) {
        return callbackBase.resolve("/monitor/rtmp/" + entrypoint.letter() + "/" + call);
    }
}
