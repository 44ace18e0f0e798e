package com.example.backupingest.portal.monitorlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.monitorlink.MonitorLinkProperties.Monitor;
import com.example.backupingest.portal.monitorlink.MonitorLinkProperties.Role;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class MonitorSecretsTest {

    private final MonitorSecrets secrets = new MonitorSecrets(new MonitorLinkProperties(Map.of(
            "ingest-a", new Monitor(HexFormat.of().formatHex(MonitorSecrets.sha256("alpha-secret")), Role.INGEST_A, null),
            "ingest-b", new Monitor("{sha256}" + HexFormat.of().formatHex(
                    MonitorSecrets.sha256("beta-secret")).toUpperCase(), Role.INGEST_B, null),
            "edge", new Monitor("{bcrypt}" + new BCryptPasswordEncoder().encode("gamma-secret"), Role.EDGE, 2))));

    @Test
    void each_secret_names_its_own_monitor_with_its_role() {
        assertThat(secrets.monitorFor("alpha-secret")).contains(new MonitorIdentity("ingest-a", Role.INGEST_A, 0));
        assertThat(secrets.monitorFor("beta-secret")).contains(new MonitorIdentity("ingest-b", Role.INGEST_B, 0));
        assertThat(secrets.monitorFor("gamma-secret")).contains(new MonitorIdentity("edge", Role.EDGE, 2));
    }

    @Test
    void each_role_opens_one_entrypoints_keys_at_most() {
        assertThat(secrets.monitorFor("alpha-secret").orElseThrow().entrypoint()).isEqualTo(Entrypoint.PRIMARY);
        assertThat(secrets.monitorFor("beta-secret").orElseThrow().entrypoint()).isEqualTo(Entrypoint.BACKUP);
        assertThat(secrets.monitorFor("gamma-secret").orElseThrow().entrypoint()).isNull();
    }

    @Test
    void a_bcrypt_monitor_pays_bcrypt_once_and_known_secrets_never_do() {
        java.util.concurrent.atomic.AtomicInteger rounds = new java.util.concurrent.atomic.AtomicInteger();
        BCryptPasswordEncoder real = new BCryptPasswordEncoder(4);
        var counting = new org.springframework.security.crypto.password.PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return real.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                rounds.incrementAndGet();
                return real.matches(raw, encoded);
            }
        };
        MonitorSecrets mixed = new MonitorSecrets(new MonitorLinkProperties(Map.of(
                "ingest-a", new Monitor(HexFormat.of().formatHex(MonitorSecrets.sha256("alpha-secret")), Role.INGEST_A, null),
                "edge", new Monitor("{bcrypt}" + real.encode("gamma-secret"), Role.EDGE, 2))), counting);

        for (int i = 0; i < 50; i++) {
            assertThat(mixed.monitorFor("gamma-secret")).map(MonitorIdentity::name).contains("edge");
            assertThat(mixed.monitorFor("alpha-secret")).map(MonitorIdentity::name).contains("ingest-a");
        }
        assertThat(rounds).as("bcrypt rounds for 100 known secrets").hasValue(1);
        assertThat(mixed.monitorFor("gamma-secreT")).isEmpty();
        assertThat(rounds).as("an unknown secret is checked by bcrypt").hasValue(2);
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
                Map.of("ingest-a", new Monitor("alpha-secret", Role.INGEST_A, null)))))
                .hasMessageContaining("portal.monitorlink.monitors.ingest-a.secret-hash")
                .hasMessageNotContaining("alpha-secret");
    }

    @Test
    void a_monitor_without_a_role_or_an_edge_without_its_host_is_refused_at_startup() {
        String hash = HexFormat.of().formatHex(MonitorSecrets.sha256("alpha-secret"));
        assertThatThrownBy(() -> new MonitorSecrets(new MonitorLinkProperties(
                Map.of("ingesta", new Monitor(hash, null, null)))))
                .hasMessageContaining("portal.monitorlink.monitors.ingesta.role");
        assertThatThrownBy(() -> new MonitorSecrets(new MonitorLinkProperties(
                Map.of("edge1", new Monitor(hash, Role.EDGE, null)))))
                .hasMessageContaining("portal.monitorlink.monitors.edge1.host-index");
        assertThatThrownBy(() -> new MonitorSecrets(new MonitorLinkProperties(
                Map.of("ingesta", new Monitor(hash, Role.INGEST_A, 1)))))
                .hasMessageContaining("edge hosts only");
    }
}
