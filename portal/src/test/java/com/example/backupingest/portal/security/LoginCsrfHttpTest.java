package com.example.backupingest.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Login CSRF over real HTTP: a foreign site's form that posts the attacker's credentials to
 * {@code /login} must not sign the victim's browser in (else the victim works in the attacker's
 * account and hands it their data). Only the portal's own login page, with its token, signs in.
 */
@PublicHttpTest
class LoginCsrfHttpTest {

    private static final String PASSWORD = "unused"; // TestAccounts' password for every user

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    private String attackersAccount;

    @BeforeEach
    void attackerHasAnAccount() {
        attackersAccount = new TestAccounts(jdbc, provisioning).customer("Mallory GmbH", 1, 10).getUsername();
    }

    @Test
    void a_cross_site_post_to_login_without_a_token_does_not_sign_the_browser_in() {
        Visitor victim = new Visitor(port, "127.0.0.21");

        HttpResponse<String> login = victim.postForm("/login",
                Map.of("username", attackersAccount, "password", PASSWORD),
                "Origin", "https://attacker.example", "Sec-Fetch-Site", "cross-site");

        // no session, so no token: a fresh login page instead of the start view
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(Visitor.wentToStart(login)).isFalse();
        assertThat(victim.signedIn()).isFalse();
    }

    @Test
    void a_cross_site_post_is_refused_also_when_the_browser_has_a_portal_session_from_before() {
        Visitor victim = new Visitor(port, "127.0.0.22");
        victim.csrfOfLoginPage(); // the victim once opened the portal: a session with a token exists

        HttpResponse<String> login = victim.postForm("/login",
                Map.of("username", attackersAccount, "password", PASSWORD, "_csrf", "guessed"),
                "Origin", "https://attacker.example", "Sec-Fetch-Site", "cross-site");

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(victim.signedIn()).isFalse();
    }

    @Test
    void the_login_page_with_its_own_token_signs_in() {
        Visitor customer = new Visitor(port, "127.0.0.23");
        Map<String, String> form = new LinkedHashMap<>(customer.csrfOfLoginPage());
        form.put("username", attackersAccount);
        form.put("password", PASSWORD);

        HttpResponse<String> login = customer.postForm("/login", form);

        assertThat(Visitor.wentToStart(login)).as("redirect %s", login.headers().map()).isTrue();
        assertThat(customer.signedIn()).isTrue();
    }
}
