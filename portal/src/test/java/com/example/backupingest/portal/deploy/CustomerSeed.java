package com.example.backupingest.portal.deploy;

import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A customer of the provider's streaming product (2,500 viewer seats: three distribution servers; two
 * livestream slots) with a portal login, put into the compose topology's PostgreSQL with psql the way
 * the provider's customer directory would: the portal has no sign-up, customers come from there. The
 * booking itself then goes through the portal.
 */
record CustomerSeed(String username, String password, String email) {

    static CustomerSeed into(ComposeProject compose) {
        String token = UUID.randomUUID().toString().substring(0, 8);
        CustomerSeed customer = new CustomerSeed("container-" + token, "pw-" + UUID.randomUUID(),
                "kontakt-" + token + "@container-test.example");
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(customer.password());
        String sql = """
                insert into account (number, company_name, contact_email, base_plan, viewer_seats, livestream_slots, locale)
                values ('C-%1$s', 'Container Test GmbH', '%2$s', 'Streaming L', 2500, 2, 'en');
                insert into app_user (username, password_hash, role, account_id, display_name, locale, enabled)
                select '%3$s', '%4$s', 'CUSTOMER', id, 'Container Test GmbH', 'en', true from account where number = 'C-%1$s';
                """.formatted(token, customer.email(), customer.username(), hash);
        compose.exec("postgres", "psql", "-v", "ON_ERROR_STOP=1", "-q", "-U", "portal", "-d", "portal", "-c", sql)
                .orFail();
        return customer;
    }
}
