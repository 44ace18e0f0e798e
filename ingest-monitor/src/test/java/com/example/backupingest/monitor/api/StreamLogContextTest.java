package com.example.backupingest.monitor.api;


import com.example.backupingest.monitor.ops.StreamKeyLeaks;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class StreamLogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void a_scope_sets_the_stream_keys_and_restores_the_outer_values_on_close() {
        try (var outer = StreamLogContext.open(7L, "c1", Entrypoint.PRIMARY, null)) {
            try (var inner = StreamLogContext.open(null, null, Entrypoint.BACKUP, "edge-2")) {
                assertThat(MDC.getCopyOfContextMap()).containsEntry("account", "7").containsEntry("content", "c1")
                        .containsEntry("entrypoint", "B").containsEntry("edge", "edge-2");
            }
            assertThat(MDC.get("entrypoint")).isEqualTo("A");
            assertThat(MDC.get("edge")).isNull();
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void a_failover_event_names_the_edge_and_the_entrypoint_it_switched_to() {
        var event = new FailoverHappened(11, "c9", "edge-1", Entrypoint.PRIMARY, Entrypoint.BACKUP,
                FailoverCause.PUBLISHER_GONE, Instant.EPOCH, Duration.ZERO);
        try (var scope = StreamLogContext.of(event)) {
            assertThat(MDC.getCopyOfContextMap()).containsEntry("account", "11").containsEntry("content", "c9")
                    .containsEntry("entrypoint", "B").containsEntry("edge", "edge-1");
        }
    }

    @Test
    void leak_scan_finds_keys_also_url_encoded_and_reports_them_masked() {
        String key = "abc/def+ghi=jkl";
        assertThat(StreamKeyLeaks.in("url rtmp://h/live/abc%2Fdef%2Bghi%3Djkl", List.of(key)))
                .containsExactly("••••••••=jkl");
        assertThat(StreamKeyLeaks.in("masked ••••••••=jkl", List.of(key))).isEmpty();
    }
}
