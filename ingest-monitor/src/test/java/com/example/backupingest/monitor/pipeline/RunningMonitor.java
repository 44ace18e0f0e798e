package com.example.backupingest.monitor.pipeline;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.app.IngestMonitorApplication;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.app.PipelineRuntime;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.testing.MonitorApiAccess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The standalone monitor as a real Spring Boot application on free ports and a temporary folder,
 * stream keys from {@code monitor.keys.*}. Closing it stops nginx and every transcoder.
 */
public final class RunningMonitor implements AutoCloseable {

    private final Path work;
    private final Map<Entrypoint, Integer> rtmpPorts = new EnumMap<>(Entrypoint.class);
    private final Map<Entrypoint, Integer> rtmpsPorts = new EnumMap<>(Entrypoint.class);
    private final Map<Entrypoint, Integer> srtPorts = new EnumMap<>(Entrypoint.class);
    private final ConfigurableApplicationContext context;

    /** {@code keys}: stream key to {@code accountId:contentId:A|B:edgeCount}; {@code overrides}: {@code --name=value}. */
    public RunningMonitor(Map<String, String> keys, String... overrides) throws IOException {
        this.work = Files.createTempDirectory("pipeline-");
        Map<String, String> args = new LinkedHashMap<>(Map.of("server.port", "0", "monitor.enabled", "true",
                "monitor.work-dir", work.toString(), "spring.main.banner-mode", "off",
                // these tests are about the pipeline and failover; the viewer tickets have tests of their own
                "monitor.viewers.require-ticket", "false", "monitor.api.secret", MonitorApiAccess.SECRET));
        for (Entrypoint entrypoint : Entrypoint.values()) {
            String prefix = "monitor.entrypoints." + entrypoint.name().toLowerCase();
            args.put(prefix + ".rtmp-port", Integer.toString(freePort()));
            args.put(prefix + ".origin-http-port", Integer.toString(freePort()));
            args.put(prefix + ".rtmps-port", Integer.toString(freePort()));
            args.put(prefix + ".srt-port", Integer.toString(com.example.backupingest.monitor.testing.FreePort.nextUdp()));
        }
        keys.forEach((key, grant) -> args.put("monitor.keys." + key, grant));
        for (String override : overrides) {
            int equals = override.indexOf('=');
            args.put(override.substring(2, equals), override.substring(equals + 1));
        }
        for (Entrypoint entrypoint : Entrypoint.values()) {
            String prefix = "monitor.entrypoints." + entrypoint.name().toLowerCase();
            rtmpPorts.put(entrypoint, Integer.parseInt(args.get(prefix + ".rtmp-port")));
            rtmpsPorts.put(entrypoint, Integer.parseInt(args.get(prefix + ".rtmps-port")));
            srtPorts.put(entrypoint, Integer.parseInt(args.get(prefix + ".srt-port")));
        }
        List<String> commandLine = new ArrayList<>();
        args.forEach((name, value) -> commandLine.add("--" + name + "=" + value));
        try {
            this.context = new SpringApplicationBuilder(IngestMonitorApplication.class)
                    .run(commandLine.toArray(String[]::new));
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(work);
            throw e;
        }
    }

    public int rtmpPort(Entrypoint entrypoint) {
        return rtmpPorts.get(entrypoint);
    }

    public int rtmpsPort(Entrypoint entrypoint) {
        return rtmpsPorts.get(entrypoint);
    }

    /** UDP. */
    public int srtPort(Entrypoint entrypoint) {
        return srtPorts.get(entrypoint);
    }

    public Path workDir() {
        return work;
    }

    public int httpPort() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public URI edgePlaylist(String contentId, String edgeId, String rendition) {
        return URI.create("http://127.0.0.1:" + httpPort() + "/edge/" + contentId + "/" + edgeId + "/" + rendition
                + "/index.m3u8");
    }

    /** {@code GET} on the monitor API (or any path) of this monitor, with the API secret. */
    public java.net.http.HttpResponse<String> api(String path) {
        return MonitorApiAccess.get("http://127.0.0.1:" + httpPort(), path);
    }

    public IngestPipeline pipeline() {
        return context.getBean(IngestPipeline.class);
    }

    public EdgeFleet edges() {
        return pipeline().edges().orElseThrow();
    }

    public PipelineRuntime runtime() {
        return context.getBean(PipelineRuntime.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public static int freePort() {
        return com.example.backupingest.monitor.testing.FreePort.next();
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }
}
