package com.example.backupingest.portal.monitorlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class MonitorSecretsTest {

    private final MonitorSecrets secrets = new MonitorSecrets(new MonitorLinkProperties(Map.of(
            "ingest-a", new MonitorLinkProperties.Monitor(HexFormat.of().formatHex(MonitorSecrets.sha256("alpha-secret"))),
            "ingest-b", new MonitorLinkProperties.Monitor("{sha256}" + HexFormat.of().formatHex(
                    MonitorSecrets.sha256("beta-secret")).toUpperCase()),
            "edge", new MonitorLinkProperties.Monitor("{bcrypt}" + new BCryptPasswordEncoder().encode("gamma-secret")))));

    @Test
    void each_secret_names_its_own_monitor() {
        assertThat(secrets.monitorFor("alpha-secret")).contains("ingest-a");
        assertThat(secrets.monitorFor("beta-secret")).contains("ingest-b");
        assertThat(secrets.monitorFor("gamma-secret")).contains("edge");
    }

    @Test
    void wrong_empty_or_hash_as_secret_names_no_monitor() {
        assertThat(secrets.monitorFor("alpha-secreT")).isEmpty();
        assertThat(secrets.monitorFor("")).isEmpty();
        assertThat(secrets.monitorFor(HexFormat.of().formatHex(MonitorSecrets.sha256("alpha-secret")))).isEmpty();
    }

    @Test
    void a_plain_text_secret_in_the_configuration_is_refused_at_startup() {
        assertThatThrownBy(() -> new MonitorSecrets(new MonitorLinkProperties(
                Map.of("ingest-a", new MonitorLinkProperties.Monitor("alpha-secret")))))
                .hasMessageContaining("portal.monitorlink.monitors.ingest-a.secret-hash")
                .hasMessageNotContaining("alpha-secret");
    }
}
