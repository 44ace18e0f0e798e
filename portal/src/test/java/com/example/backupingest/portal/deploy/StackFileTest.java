package com.example.backupingest.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docker-stack.yml (swarm, several machines) runs the same services with the same images, variables and
 * health checks as docker-compose.yml; what differs is only what swarm needs (node-label placement,
 * host-mode ports, DNS round robin, origin networks instead of fixed addresses). A variable renamed in
 * one file and not the other fails here. No Docker engine needed; {@link StackDeployIT} deploys it, so
 * docker's own stack loader validates it (the 2021 Compose schema wants literal numbers for
 * {@code published}, where swarm takes a variable).
 */
class StackFileTest {

    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?([^}]*)}");
    private static final Pattern HOST = Pattern.compile("\\$\\{(PUBLIC|PORTAL|INGEST_[AB]|EDGE_[1-3])_HOST(:[-?][^}]*)?}");

    private final ComposeFile compose = ComposeFile.ofRepository();
    private final ComposeFile stack = new ComposeFile(Files.readString(ComposeFile.ROOT.resolve("docker-stack.yml")));

    StackFileTest() throws IOException {
    }

    @Test
    void same_services_images_volumes_and_health_checks_as_the_compose_file() {
        assertThat(stack.serviceNames()).containsExactlyInAnyOrderElementsOf(compose.serviceNames());
        for (String service : compose.serviceNames()) {
            String image = compose.service(service).path("image").asString();
            assertThat(stack.service(service).path("image").asString()).as(service).isEqualTo(image);
            assertThat(stack.strings(service, "volumes")).as(service).isEqualTo(compose.strings(service, "volumes"));
            assertThat(stack.service(service).path("healthcheck").path("test"))
                    .as(service).isEqualTo(compose.service(service).path("healthcheck").path("test"));
        }
        assertThat(stack.topLevelNames("volumes")).containsExactlyInAnyOrderElementsOf(compose.topLevelNames("volumes"));
    }

    @Test
    void same_variables_with_the_same_values_but_per_role_host_names_and_the_origin_allow_lists() {
        for (String service : compose.serviceNames()) {
            Map<String, String> expected = normalized(compose.environment(service));
            Map<String, String> actual = normalized(stack.environment(service));
            expected.remove("MONITOR_ORIGIN_ALLOW");
            actual.remove("MONITOR_ORIGIN_ALLOW");
            assertThat(actual).as(service).isEqualTo(expected);
        }
    }

    @Test
    void every_service_is_placed_by_its_own_node_label_and_found_by_dns_round_robin() {
        for (String service : stack.serviceNames()) {
            String role = List.of("postgres", "mail").contains(service) ? "portal" : service;
            JsonNode deploy = stack.service(service).path("deploy");
            assertThat(deploy.path("placement").path("constraints").get(0).asString()).as(service)
                    .isEqualTo("node.labels." + SwarmStack.LABEL_PREFIX + role + " == true");
            assertThat(deploy.path("endpoint_mode").asString()).as(service).isEqualTo("dnsrr");
        }
    }

    @Test
    void ports_are_the_compose_files_published_ports_in_host_mode() {
        for (String service : compose.serviceNames()) {
            List<String> published = compose.strings(service, "ports");
            JsonNode ports = stack.service(service).path("ports");
            assertThat(ports.size()).as(service).isEqualTo(published.size());
            for (int i = 0; i < published.size(); i++) {
                JsonNode port = ports.get(i);
                assertThat(port.path("mode").asString()).as(service).isEqualTo("host");
                // SRT is UDP: compose's "…:9000/udp" is swarm's protocol: udp (TCP is both files' default)
                String protocol = port.path("protocol").asString("tcp");
                assertThat(port.path("published").asString() + ":" + port.path("target").asString()
                        + (protocol.equals("tcp") ? "" : "/" + protocol)).as(service).isEqualTo(published.get(i));
            }
        }
    }

    @Test
    void each_origin_admits_its_own_network_which_only_the_ingest_host_and_the_edges_join() {
        for (String[] host : List.of(new String[] {"ingest-a", "origin-a", "net-b", "origin-b"},
                new String[] {"ingest-b", "origin-b", "net-a", "origin-a"})) {
            String subnet = stack.network(host[1]).path("ipam").path("config").get(0).path("subnet").asString();
            assertThat(stack.environment(host[0])).containsEntry("MONITOR_ORIGIN_ALLOW", subnet);
            assertThat(stack.strings(host[0], "networks")).as(host[0]).contains(host[1])
                    .doesNotContain(host[2], host[3], "core");
            for (String service : stack.serviceNames()) {
                boolean joins = stack.strings(service, "networks").contains(host[1]);
                assertThat(joins).as(service + " on " + host[1])
                        .isEqualTo(service.equals(host[0]) || service.startsWith("edge-"));
            }
        }
    }

    /** docker's stack loader reads a "-" in `${VAR:?message}` as `${VAR-default}`: the message would become the value. */
    @Test
    void required_variable_messages_contain_no_dash() throws IOException {
        Matcher required = REQUIRED.matcher(Files.readString(ComposeFile.ROOT.resolve("docker-stack.yml")));
        int count = 0;
        while (required.find()) {
            assertThat(required.group(2)).as(required.group()).doesNotContain("-");
            count++;
        }
        assertThat(count).isGreaterThan(10);
    }

    /** Required-variable messages and host names aside, the values as written. */
    private static Map<String, String> normalized(Map<String, String> environment) {
        Map<String, String> values = new TreeMap<>();
        environment.forEach((k, v) -> values.put(k, REQUIRED.matcher(HOST.matcher(v).replaceAll("HOST"))
                .replaceAll("\\${$1}")));
        return values;
    }
}
