package com.example.backupingest.monitor.front;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.process.PortCheck;
import com.example.backupingest.monitor.testing.FreePort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontServerTest {

    @TempDir
    Path dir;

    @Test
    void an_nginx_front_an_earlier_run_left_behind_is_stopped_before_a_new_one_starts() throws Exception {
        Path work = Files.createDirectories(dir.resolve("front/nginx"));
        Files.createDirectories(work.resolve("tmp"));
        int port = FreePort.next();
        String user = "root".equals(System.getProperty("user.name")) ? "root" : null;
        FrontSettings settings = new FrontSettings(new FrontLayout(dir.resolve("front")), work, "127.0.0.1", port,
                FreePort.next(), FreePort.next(), "1", user, false, List.of());
        Files.writeString(settings.confFile(), FrontConfBuilder.text(settings));
        // an nginx front whose JVM died hard: nobody supervises it any more
        Process orphan = new ProcessBuilder(List.of("nginx", "-p", work + "/", "-e", settings.errorLog().toString(),
                "-c", settings.confFile().toString())).inheritIO().start();
        org.awaitility.Awaitility.await("nginx serving").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> PortCheck.accepts(port, Duration.ofMillis(100)) && Files.exists(work.resolve("nginx.pid")));

        FrontServer.stopLeftover(work);

        assertThat(orphan.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(PortCheck.isFree(port)).isTrue();
    }

    @Test
    void a_pid_file_of_some_other_process_is_left_alone() throws Exception {
        Path work = Files.createDirectories(dir.resolve("front/nginx"));
        Files.writeString(work.resolve("nginx.pid"), Long.toString(ProcessHandle.current().pid()));

        FrontServer.stopLeftover(work);

        assertThat(ProcessHandle.current().isAlive()).isTrue(); // still here: its command line is not the front's
    }
}
