package com.example.backupingest.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo profile's migrations on a database of their own, without a Spring context. */
class DemoDataTest {

    private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:demo-data-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    private void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo").load()
                .migrate();
    }

    @Test
    void demo_logins_match_their_documented_passwords() {
        migrate();
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Map<String, String> passwords = Map.of("nordlicht", "nordlicht-demo", "kongress", "kongress-demo",
                "support", "support-demo");
        passwords.forEach((username, password) -> {
            String hash = jdbc.sql("select password_hash from app_user where username = ?").param(username)
                    .query(String.class).single();
            assertThat(encoder.matches(password, hash)).as(username).isTrue();
        });
    }

    @Test
    void demo_accounts_have_their_plans_and_a_livestream_with_a_primary_key() {
        migrate();
        List<String> accounts = jdbc.sql("select number || '|' || company_name || '|' || livestream_slots || '|'"
                        + " || viewer_seats || '|' || base_plan || '|' || contact_email from account order by number")
                .query(String.class).list();
        assertThat(accounts).containsExactly(
                "K-10001|Nordlicht Events GmbH|1|500|Streaming S|events@nordlicht-events.example",
                "K-10002|Kongress Media AG|4|2500|Streaming L|technik@kongress-media.example");
        long primaries = jdbc.sql("select count(*) from stream_key k join content c on c.id = k.content_id"
                        + " where c.name = 'Livestream' and k.entrypoint = 'PRIMARY' and k.revoked_at is null")
                .query(Long.class).single();
        assertThat(primaries).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'support' and role = 'SUPPORT'"
                + " and account_id is null").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void demo_data_is_added_once_even_when_migrated_again() {
        migrate();
        jdbc.sql("delete from \"flyway_schema_history\" where \"script\" like 'R__%'").update();
        migrate();
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from stream_key").query(Long.class).single()).isEqualTo(2);
    }
}
