package com.example.backupingest.monitor.entrypoint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.process.OsProcessLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortInUseTest {

    @Test
    void entrypoint_refuses_to_start_on_a_busy_port_and_names_the_property(@TempDir Path dir) throws Exception {
        try (ServerSocket busy = new ServerSocket(0); ServerSocket free = new ServerSocket(0)) {
            int freePort = free.getLocalPort();
            free.close();
            NginxSettings settings = new NginxSettings(Entrypoint.BACKUP, freePort, busy.getLocalPort(), dir,
                    dir.resolve("hls"), Path.of("/usr/lib/nginx/modules/ngx_rtmp_module.so"),
                    URI.create("http://127.0.0.1:1"), null);
            try (NginxEntrypoint entrypoint = new NginxEntrypoint(settings, "nginx", new OsProcessLauncher(),
                    RestartPolicy.DEFAULT, Clock.systemUTC(), e -> { })) {
                assertThatThrownBy(() -> entrypoint.start(Duration.ofSeconds(5)))
                        .hasMessageContaining("Port " + busy.getLocalPort() + " is already in use")
                        .hasMessageContaining("monitor.entrypoints.backup.origin-http-port");
            }
        }
    }
}
