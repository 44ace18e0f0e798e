package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.PipelineAvailability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PipelineAvailabilityTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MonitorCommonAutoConfiguration.class, IngestMonitorAutoConfiguration.class));

    @Test
    void monitor_stays_off_unless_enabled() {
        runner.run(context -> assertThat(context).doesNotHaveBean(IngestPipeline.class));
    }

    @Test
    void missing_nginx_fails_the_start_with_what_to_install() {
        runner.withPropertyValues("monitor.enabled=true", "monitor.nginx=/nonexistent/nginx").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("nginx not found at '/nonexistent/nginx' (monitor.nginx)")
                    .hasMessageContaining("apt-get install nginx libnginx-mod-rtmp libnginx-mod-stream ffmpeg")
                    .hasMessageContaining("monitor.fail-fast=false");
        });
    }

    @Test
    void missing_ffmpeg_fails_the_start_with_what_to_install() {
        runner.withPropertyValues("monitor.enabled=true", "monitor.ffmpeg=/nonexistent/ffmpeg",
                "monitor.ffprobe=/nonexistent/ffprobe").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("ffmpeg not found at '/nonexistent/ffmpeg' (monitor.ffmpeg): install ffmpeg")
                            .hasMessageContaining("ffprobe not found at '/nonexistent/ffprobe' (monitor.ffprobe)")
                            .hasMessageContaining("apt-get install nginx libnginx-mod-rtmp libnginx-mod-stream ffmpeg");
                });
    }

    @Test
    void without_fail_fast_the_application_starts_and_can_ask_why_the_pipeline_is_unavailable() {
        runner.withPropertyValues("monitor.enabled=true", "monitor.fail-fast=false", "monitor.nginx=/nonexistent/nginx",
                "monitor.rtmp-module=/nonexistent/ngx_rtmp_module.so").run(context -> {
                    assertThat(context).hasNotFailed();
                    PipelineAvailability availability = context.getBean(IngestPipeline.class).availability();
                    assertThat(availability.available()).isFalse();
                    assertThat(availability.problems()).hasSize(2).allSatisfy(
                            p -> assertThat(p).contains("apt-get install nginx libnginx-mod-rtmp libnginx-mod-stream ffmpeg"));
                    assertThat(availability.problems().get(1)).contains("/nonexistent/ngx_rtmp_module.so");
                });
    }

    @Test
    void this_machine_has_everything_the_pipeline_needs() {
        runner.withPropertyValues("monitor.enabled=true").run(context ->
                assertThat(context.getBean(PipelineAvailability.class).available()).isTrue());
    }
}
