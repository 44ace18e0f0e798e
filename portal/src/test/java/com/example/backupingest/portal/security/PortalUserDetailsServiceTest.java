package com.example.backupingest.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class PortalUserDetailsServiceTest {

    private final EmbeddedDatabase db = new EmbeddedDatabaseBuilder().generateUniqueName(true)
            .setType(EmbeddedDatabaseType.H2).addScript("db/testschema/V900__ui_test_app_user.sql").build();
    private final JdbcClient jdbc = JdbcClient.create(db);
    private final PortalUserDetailsService users = new PortalUserDetailsService(jdbc);

    @AfterEach
    void shutDown() {
        db.shutdown();
    }

    private void insert(String username, String role, Long accountId, boolean enabled) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, account_id, display_name, locale, enabled)
                VALUES (?, '{bcrypt}$2a$10$hash', ?, ?, 'Display', 'de', ?)""")
                .params(username, role, accountId, enabled).update();
    }

    @Test
    void a_customer_is_loaded_with_account_role_and_locale() {
        insert("nordlicht", "CUSTOMER", 3L, true);
        PortalUser user = (PortalUser) users.loadUserByUsername("Nordlicht");
        assertThat(user.getUsername()).isEqualTo("nordlicht");
        assertThat(user.role()).isEqualTo(Role.CUSTOMER);
        assertThat(user.accountId()).isEqualTo(3L);
        assertThat(user.locale()).isEqualTo(Locale.GERMAN);
        assertThat(user.getPassword()).startsWith("{bcrypt}");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CUSTOMER");
    }

    @Test
    void a_support_agent_has_no_account() {
        insert("support", "SUPPORT", null, true);
        PortalUser user = (PortalUser) users.loadUserByUsername("support");
        assertThat(user.role()).isEqualTo(Role.SUPPORT);
        assertThat(user.accountId()).isNull();
    }

    @Test
    void unknown_and_disabled_users_are_not_found() {
        insert("gone", "SUPPORT", null, false);
        assertThatThrownBy(() -> users.loadUserByUsername("gone")).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }
}
