package com.example.backupingest.monitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.entrypoint.NginxEntrypoint;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.testing.MonitorApiAccess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

@Tag("media")
class IngestMonitorApplicationTest {

    @Test
    void standalone_monitor_starts_both_nginx_entrypoints_and_stops_them_on_shutdown(@TempDir Path work)
            throws Exception {
        ProcessHandle primary;
        ProcessHandle backup;
        try (ConfigurableApplicationContext context = IngestMonitorApplication.application().run(
                "--server.port=0", "--monitor.work-dir=" + work,
                "--monitor.entrypoints.primary.rtmp-port=" + FreePort.next(),
                "--monitor.entrypoints.primary.origin-http-port=" + FreePort.next(),
                "--monitor.entrypoints.backup.rtmp-port=" + FreePort.next(),
                "--monitor.entrypoints.backup.origin-http-port=" + FreePort.next(),
                "--monitor.entrypoints.primary.rtmps-port=0", "--monitor.entrypoints.primary.srt-port=0",
                "--monitor.entrypoints.backup.rtmps-port=0", "--monitor.entrypoints.backup.srt-port=0",
                MonitorApiAccess.ARGUMENT)) {
            PipelineRuntime runtime = context.getBean(PipelineRuntime.class);
            NginxEntrypoint a = runtime.entrypoint(Entrypoint.PRIMARY).orElseThrow();
            NginxEntrypoint b = runtime.entrypoint(Entrypoint.BACKUP).orElseThrow();
            assertThat(a.isReady()).isTrue();
            assertThat(b.isReady()).isTrue();
            primary = ProcessHandle.of(a.pid()).orElseThrow();
            backup = ProcessHandle.of(b.pid()).orElseThrow();

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> availability = MonitorApiAccess.get("http://127.0.0.1:" + port,
                    "/monitor/api/availability");
            assertThat(availability.body()).contains("\"available\":true");
        }
        assertThat(primary.isAlive()).isFalse();
        assertThat(backup.isAlive()).isFalse();
    }

}
