package com.example.backupingest.monitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MonitorPropertiesPathsTest {

    @Test
    void a_relative_work_dir_becomes_absolute_so_ffmpeg_in_its_own_folder_writes_to_the_right_place() {
        MonitorProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("monitor.work-dir", "./data/monitor"))).bindOrCreate("monitor", MonitorProperties.class);

        Path expected = Path.of("data/monitor").toAbsolutePath().normalize();
        assertThat(properties.resolvedWorkDir()).isEqualTo(expected);
        assertThat(properties.hlsRoot(Entrypoint.BACKUP)).isEqualTo(expected.resolve("B").resolve("hls"));
    }
}
