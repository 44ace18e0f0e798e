package com.example.backupingest.monitor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticStreamKeyDirectoryTest {

    private final StaticStreamKeyDirectory directory = new StaticStreamKeyDirectory(
            Map.of("keyA", "7:c1:A:2", "keyB", "7:c1:BACKUP:2"));

    @Test
    void configured_key_is_granted_only_on_its_own_entrypoint() {
        assertThat(directory.authorize(Entrypoint.PRIMARY, "keyA")).contains(new PublishGrant(7, "c1", Entrypoint.PRIMARY, 2));
        assertThat(directory.authorize(Entrypoint.BACKUP, "keyA")).isEmpty();
        assertThat(directory.authorize(Entrypoint.BACKUP, "keyB")).isPresent();
        assertThat(directory.authorize(Entrypoint.PRIMARY, "nope")).isEmpty();
    }

    @Test
    void malformed_value_is_rejected_without_echoing_the_key() {
        assertThatThrownBy(() -> new StaticStreamKeyDirectory(Map.of("secretKey", "7:c1")))
                .hasMessageContaining("accountId:contentId:entrypoint:edgeCount")
                .hasMessageNotContaining("secretKey");
    }
}
