package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.entrypoint.ActivePublish;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.pipeline.RunningMonitor;
import com.example.backupingest.monitor.remote.RevocationFollower;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An ingest host (role ingest-a or ingest-b: real nginx-rtmp and ffmpeg) that asks a running portal
 * for its keys and follows its revocations, as docker-compose runs it, started in this JVM. The
 * portal's libraries on the test class path stay out of it (Vaadin, database), and it reads only the
 * standalone monitor's settings, not the portal's application.properties.
 */
final class IngestHost implements AutoCloseable {

    private static final String NOT_A_MONITORS = String.join(",",
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "com.vaadin.flow.spring.VaadinScopesConfig",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");

    private final RunningMonitor monitor;
    private final Entrypoint entrypoint;
    final List<MonitorEvent> events = new CopyOnWriteArrayList<>();

    IngestHost(String role, String portalUrl, String portalSecret) throws IOException {
        this(role, portalUrl, portalSecret, 0);
    }

    /** {@code apiPort}: the port of its monitor API (0: any), where a portal following it connects. */
    IngestHost(String role, String portalUrl, String portalSecret, int apiPort) throws IOException {
        this.entrypoint = role.equals("ingest-a") ? Entrypoint.PRIMARY : Entrypoint.BACKUP;
        this.monitor = new RunningMonitor(Map.of(), "--server.port=" + apiPort, "--monitor.role=" + role,
                "--monitor.portal-url=" + portalUrl,
                "--monitor.portal-secret=" + portalSecret, "--monitor.edge.enabled=false",
                "--spring.config.name=monitor-standalone", "--spring.autoconfigure.exclude=" + NOT_A_MONITORS);
        monitor.pipeline().bus().subscribe(events::add);
    }

    int rtmpPort() {
        return monitor.rtmpPort(entrypoint);
    }

    Optional<ActivePublish> publishing(String contentId) {
        return monitor.bean(PublishSessions.class).find(entrypoint, contentId);
    }

    boolean followsRevocations() {
        return monitor.bean(RevocationFollower.class).connected();
    }

    RunningMonitor monitor() {
        return monitor;
    }

    @Override
    public void close() throws IOException {
        monitor.close();
    }
}
