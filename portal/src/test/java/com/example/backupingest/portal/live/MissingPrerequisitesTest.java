package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Without nginx the portal still starts, and the Live page's problems say what to install. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:live-missing-nginx;DB_CLOSE_DELAY=-1",
        "monitor.enabled=true", "monitor.fail-fast=false", "monitor.nginx=/nonexistent/nginx",
        "monitor.rtmp-module=/nonexistent/ngx_rtmp_module.so"})
@ActiveProfiles("test")
class MissingPrerequisitesTest {

    @Autowired LiveService live;

    @Test
    void a_portal_without_nginx_starts_and_names_what_to_install() {
        assertThat(live.problems()).anySatisfy(p -> assertThat(p)
                .contains("nginx not found at '/nonexistent/nginx'")
                .contains("apt-get install nginx libnginx-mod-rtmp libnginx-mod-stream ffmpeg"));
        assertThat(live.problems()).anySatisfy(p -> assertThat(p).contains("nginx RTMP module not found"));
    }
}
