package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.entrypoint.NginxSettings;
import com.example.backupingest.monitor.process.RestartPolicy;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** Derives each entrypoint's nginx settings and the restart policy from {@link MonitorProperties}. */
final class EntrypointLayout {

    private final MonitorProperties properties;

    EntrypointLayout(MonitorProperties properties) {
        this.properties = properties;
    }

    /** Only the role's entrypoints; the callback base is a placeholder until the web server's port is known. */
    Map<Entrypoint, NginxSettings> nginxSettings() {
        Map<Entrypoint, NginxSettings> all = new EnumMap<>(Entrypoint.class);
        // as root, nginx workers would drop to "nobody" and could not read the HLS files we write
        String user = "root".equals(System.getProperty("user.name")) ? "root" : null;
        for (Entrypoint e : properties.role().entrypoints()) {
            all.put(e, new NginxSettings(e, properties.entrypoints().rtmpPort(e),
                    properties.entrypoints().originHttpPort(e), properties.entrypointDir(e), properties.hlsRoot(e),
                    properties.rtmpModule(), URI.create("http://127.0.0.1:0"), user,
                    properties.originListenAddress().trim(), properties.originAllow().stream().map(String::trim).toList(),
                    properties.rtmpListenAddress().trim()));
        }
        return all;
    }

    RestartPolicy restartPolicy() {
        MonitorProperties.Restart r = properties.restart();
        return new RestartPolicy(r.initial(), r.max(), r.stableAfter());
    }
}
