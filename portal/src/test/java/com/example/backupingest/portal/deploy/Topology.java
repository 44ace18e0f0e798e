package com.example.backupingest.portal.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The deployment's single source of truth: which services exist, which ports they listen on and
 * which environment variables configure them. docker-compose.yml must name exactly these
 * ({@link ComposeFileTest}); the multi-process test starts the Java services with exactly these
 * variables, only with free loopback ports instead of the container ports ({@link TopologyFailoverIT}).
 */
record Topology() {

    /** A port a service listens on, set through {@code env}; {@code published} ones are reachable from outside. */
    record Port(String env, int container, boolean published) {
    }

    /** {@code javaProcess}: started by the multi-process test from the built jars. */
    record Service(String name, boolean javaProcess, List<Port> ports, List<String> environment) {

        List<String> allVariables() {
            return java.util.stream.Stream.concat(ports.stream().map(Port::env), environment.stream()).toList();
        }

        Port port(String env) {
            return ports.stream().filter(p -> p.env().equals(env)).findFirst().orElseThrow();
        }
    }

    static final String SERVER_PORT = "SERVER_PORT";
    static final String PRIMARY_RTMP = "MONITOR_ENTRYPOINTS_PRIMARY_RTMP_PORT";
    static final String PRIMARY_ORIGIN = "MONITOR_ENTRYPOINTS_PRIMARY_ORIGIN_HTTP_PORT";
    static final String BACKUP_RTMP = "MONITOR_ENTRYPOINTS_BACKUP_RTMP_PORT";
    static final String BACKUP_ORIGIN = "MONITOR_ENTRYPOINTS_BACKUP_ORIGIN_HTTP_PORT";
    static final String PRIMARY_RTMPS = "MONITOR_ENTRYPOINTS_PRIMARY_RTMPS_PORT";
    static final String PRIMARY_SRT = "MONITOR_ENTRYPOINTS_PRIMARY_SRT_PORT";
    static final String BACKUP_RTMPS = "MONITOR_ENTRYPOINTS_BACKUP_RTMPS_PORT";
    static final String BACKUP_SRT = "MONITOR_ENTRYPOINTS_BACKUP_SRT_PORT";
    /** An edge host's nginx front: players connect here, the Java edge (SERVER_PORT) stays inside. */
    static final String FRONT_PORT = "MONITOR_FRONT_PORT";

    static final Service PORTAL = new Service("portal", true, List.of(new Port(SERVER_PORT, 8080, true)), List.of(
            "SPRING_PROFILES_ACTIVE", "SPRING_FLYWAY_LOCATIONS", "PORTAL_DB_URL", "PORTAL_DB_USER",
            "PORTAL_DB_PASSWORD", "PORTAL_DATA_DIR", "PORTAL_BASE_URL", "PORTAL_INGEST_PRIMARY_URL",
            "PORTAL_INGEST_BACKUP_URL", "PORTAL_INGEST_PRIMARY_RTMPS_URL", "PORTAL_INGEST_BACKUP_RTMPS_URL",
            "PORTAL_INGEST_PRIMARY_SRT_URL", "PORTAL_INGEST_BACKUP_SRT_URL", "PORTAL_MAIL_EMBEDDED_SMTP_ENABLED", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT",
            "MONITOR_ENABLED", "PORTAL_MONITORLINK_MONITORS_INGESTA_SECRET_HASH",
            "PORTAL_MONITORLINK_MONITORS_INGESTA_ROLE", "PORTAL_MONITORLINK_MONITORS_INGESTB_SECRET_HASH",
            "PORTAL_MONITORLINK_MONITORS_INGESTB_ROLE", "PORTAL_MONITORLINK_MONITORS_EDGE1_SECRET_HASH",
            "PORTAL_MONITORLINK_MONITORS_EDGE1_ROLE", "PORTAL_MONITORLINK_MONITORS_EDGE1_HOST_INDEX",
            "PORTAL_MONITORLINK_MONITORS_EDGE2_SECRET_HASH", "PORTAL_MONITORLINK_MONITORS_EDGE2_ROLE",
            "PORTAL_MONITORLINK_MONITORS_EDGE2_HOST_INDEX", "PORTAL_MONITORLINK_MONITORS_EDGE3_SECRET_HASH",
            "PORTAL_MONITORLINK_MONITORS_EDGE3_ROLE", "PORTAL_MONITORLINK_MONITORS_EDGE3_HOST_INDEX",
            "PORTAL_LIVE_REMOTE_MONITORS", "PORTAL_LIVE_EDGE_URL", "PORTAL_VIEWERS_EDGE_URLS",
            "PORTAL_VIEWERS_TICKET_PRIVATE_KEY", "MONITOR_API_SECRET"));

    static final Service INGEST_A = new Service("ingest-a", true, List.of(new Port(SERVER_PORT, 8080, false),
            new Port(PRIMARY_RTMP, 1935, true), new Port(PRIMARY_RTMPS, 1945, true), new Port(PRIMARY_SRT, 9000, true),
            new Port(PRIMARY_ORIGIN, 8181, false)), List.of(
            "MONITOR_ROLE", "MONITOR_ORIGIN_ALLOW", "MONITOR_WORK_DIR", "MONITOR_PORTAL_URL", "MONITOR_PORTAL_SECRET",
            "MONITOR_API_SECRET"));

    static final Service INGEST_B = new Service("ingest-b", true, List.of(new Port(SERVER_PORT, 8080, false),
            new Port(BACKUP_RTMP, 1936, true), new Port(BACKUP_RTMPS, 1946, true), new Port(BACKUP_SRT, 9001, true),
            new Port(BACKUP_ORIGIN, 8182, false)), List.of(
            "MONITOR_ROLE", "MONITOR_ORIGIN_ALLOW", "MONITOR_WORK_DIR", "MONITOR_PORTAL_URL", "MONITOR_PORTAL_SECRET",
            "MONITOR_API_SECRET"));

    /** Distribution servers: {@code edge-1}..{@code edge-3}, host k of 3 serves edge-n with ((n-1) mod 3)+1 = k. */
    static final List<Service> EDGES = java.util.stream.IntStream.rangeClosed(1, 3)
            .mapToObj(i -> new Service("edge-" + i, true, List.of(new Port(SERVER_PORT, 8080, false),
                    new Port(FRONT_PORT, 8090, true)), List.of(
                    "MONITOR_ROLE", "MONITOR_ORIGINS_PRIMARY", "MONITOR_ORIGINS_BACKUP", "MONITOR_FOLLOW",
                    "MONITOR_VIEWERS_HOST_INDEX", "MONITOR_VIEWERS_HOST_COUNT", "MONITOR_VIEWERS_TICKET_PUBLIC_KEY",
                    "MONITOR_PORTAL_URL", "MONITOR_PORTAL_SECRET", "MONITOR_FRONT_ENABLED", "MONITOR_WORK_DIR",
                    "MONITOR_API_SECRET")))
            .toList();

    static final Service EDGE = EDGES.getFirst();

    static final Service POSTGRES = new Service("postgres", false, List.of(), List.of(
            "POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"));

    static final Service MAIL = new Service("mail", false, List.of(), List.of());

    static final List<Service> SERVICES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(PORTAL, POSTGRES, INGEST_A, INGEST_B, MAIL), EDGES.stream()).toList();

    static Optional<Service> service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
