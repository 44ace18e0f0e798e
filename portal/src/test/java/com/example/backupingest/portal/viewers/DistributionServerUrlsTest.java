package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionServerUrlsTest {

    private static final RequestOrigin REQUEST = new RequestOrigin("https", "watch.example", 8443, "/portal");

    @ParameterizedTest(name = "urls [{0}] ports [{1}]: {2} -> {3}")
    @CsvSource(delimiter = ';', value = {
            // edge hosts of the deployment: host k of n serves edge-i with ((i-1) mod n)+1 = k
            "http://e1.example:8091,http://e2.example:8092/,http://e3.example; ; edge-1; http://e1.example:8091",
            "http://e1.example:8091,http://e2.example:8092/,http://e3.example; ; edge-2; http://e2.example:8092",
            "http://e1.example:8091,http://e2.example:8092/,http://e3.example; ; edge-3; http://e3.example",
            "http://e1.example:8091,http://e2.example:8092/,http://e3.example; ; edge-4; http://e1.example:8091",
            "http://e1.example:8091,http://e2.example:8092/,http://e3.example; 9001; edge-5; http://e2.example:8092",
            // in-process edge hosts on ports of their own, on the host the player asked
            "; 9001,9002; edge-1; https://watch.example:9001",
            "; 9001,9002; edge-2; https://watch.example:9002",
            "; 9001,9002; edge-3; https://watch.example:9001",
            // nothing configured: the edges on the portal's own port and context path
            "; ; edge-1; https://watch.example:8443/portal",
            "; ; edge-7; https://watch.example:8443/portal"})
    void a_logical_edge_is_served_by_its_host_from_urls_else_ports_else_the_request_origin(String urls, String ports,
            String edge, String expected) {
        DistributionServers servers = DistributionServers.of(
                urls == null ? List.of() : Arrays.stream(urls.split(",")).map(URI::create).toList(),
                ports == null ? List.of() : Arrays.stream(ports.split(",")).map(Integer::valueOf).toList());

        assertThat(servers.baseFor(edge, REQUEST)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} urls, {1} ports: {2} hosts")
    @CsvSource({"3, 0, 3", "3, 2, 3", "0, 2, 2", "0, 0, 1"})
    void the_host_count_is_the_number_of_configured_servers(int urls, int ports, int hosts) {
        DistributionServers servers = DistributionServers.of(
                java.util.stream.IntStream.range(0, urls).mapToObj(i -> URI.create("http://e" + i)).toList(),
                java.util.stream.IntStream.range(0, ports).mapToObj(i -> 9000 + i).toList());

        assertThat(servers.hostCount()).isEqualTo(hosts);
    }

    @org.junit.jupiter.api.Test
    void in_process_hosts_on_ports_picked_at_start_are_named_by_their_bound_port() {
        DistributionServers servers = new DistributionServers(List.of(), 2, host -> 40_000 + host);

        assertThat(servers.baseFor("edge-1", REQUEST)).isEqualTo("https://watch.example:40001");
        assertThat(servers.baseFor("edge-4", REQUEST)).isEqualTo("https://watch.example:40002");
    }

    @ParameterizedTest
    @CsvSource({"::1, 8080, http://[::1]:9001", "127.0.0.1, 8080, http://127.0.0.1:9001"})
    void an_ipv6_request_host_is_bracketed(String host, int port, String expected) {
        DistributionServers servers = DistributionServers.of(List.of(), List.of(9001));

        assertThat(servers.baseFor("edge-1", new RequestOrigin("http", host, port, ""))).isEqualTo(expected);
    }
}
