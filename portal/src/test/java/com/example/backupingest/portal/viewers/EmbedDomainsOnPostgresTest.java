package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.example.backupingest.portal.PostgresPerJvm;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** V6 and the domain list on a real PostgreSQL (the README's test command starts one; skipped without). */
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {
                "spring.datasource.username=${PORTAL_TEST_POSTGRES_USER:portal}",
        "spring.datasource.password=${PORTAL_TEST_POSTGRES_PASSWORD:}"})
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresPerJvm.class)
class EmbedDomainsOnPostgresTest {

    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired EmbedDomainRepository domains;

    @Test
    void the_list_is_replaced_as_a_whole_in_order_and_the_last_change_keeps_both_identities() {
        long account = new TestAccounts(jdbc, provisioning).customer("Postgres Embed AG", 2, 800).accountId();
        String content = jdbc.sql("select content_id from content where account_id = ?").param(account)
                .query(String.class).list().getFirst();
        Instant first = Instant.parse("2026-12-01T10:00:00Z");

        domains.replace(content, List.of("b.example", "a.example"), Actor.customer("anna"), first);
        domains.replace(content, List.of("c.example", "b.example"), new Actor("anna", "sam"), first.plusSeconds(60));

        assertThat(domains.domains(content)).containsExactly("c.example", "b.example");
        var change = jdbc.sql("select changed_at, changed_by, changed_by_agent from embed_domain_change where content_id = ?")
                .param(content).query((rs, i) -> List.of(rs.getObject(1, OffsetDateTime.class).toInstant().toString(),
                        rs.getString(2), rs.getString(3))).single();
        assertThat(change).containsExactly("2026-12-01T10:01:00Z", "anna", "sam");
    }
}
