package com.example.backupingest.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Password guessing over real HTTP, from different machines (127.0.0.x): the form and the
 * operator's HTTP Basic login are throttled per account and address together, so the guesser is
 * stopped while the account's owner, from their own network, still gets in.
 */
@PublicHttpTest
class LoginThrottleHttpTest {

    private static final String PASSWORD = "unused"; // TestAccounts' password for every user
    private static final String OPERATOR_PASSWORD = "operator-demo";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    @Test
    void a_strangers_wrong_passwords_stop_the_stranger_but_never_lock_the_customer_out() {
        String customer = new TestAccounts(jdbc, provisioning).customer("Nordlicht Events GmbH", 1, 500).getUsername();
        Visitor stranger = new Visitor(port, "127.0.0.31");
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> guess = stranger.signIn(customer, "guess-" + i);
            assertThat(guess.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> rightPasswordFromStranger = stranger.signIn(customer, PASSWORD);
        assertThat(Visitor.wentToStart(rightPasswordFromStranger)).as("the guesser is throttled").isFalse();
        assertThat(stranger.signedIn()).isFalse();

        Visitor owner = new Visitor(port, "127.0.0.32");
        assertThat(Visitor.wentToStart(owner.signIn(customer, PASSWORD))).as("the owner from their network").isTrue();
        assertThat(owner.signedIn()).isTrue();
    }

    @Test
    void the_owner_who_mistyped_a_few_times_still_gets_in_from_the_same_address() {
        String customer = new TestAccounts(jdbc, provisioning).customer("Kongress Media AG", 4, 2500).getUsername();
        Visitor owner = new Visitor(port, "127.0.0.33");
        for (int i = 0; i < 4; i++) {
            owner.signIn(customer, "typo-" + i);
        }
        assertThat(Visitor.wentToStart(owner.signIn(customer, PASSWORD))).isTrue();
    }

    @Test
    void guessing_the_operators_basic_password_is_throttled_like_the_form() {
        Visitor guesser = new Visitor(port, "127.0.0.34");
        for (int i = 0; i < 25; i++) {
            assertThat(guesser.get("/actuator/prometheus", "Authorization", basic("guess-" + i)).statusCode())
                    .isEqualTo(401);
        }

        assertThat(guesser.get("/actuator/prometheus", "Authorization", basic(OPERATOR_PASSWORD)).statusCode())
                .as("the right password from the guessing address is refused").isEqualTo(401);
        Visitor operator = new Visitor(port, "127.0.0.35");
        assertThat(operator.get("/actuator/prometheus", "Authorization", basic(OPERATOR_PASSWORD)).statusCode())
                .as("the operator from their own address").isEqualTo(200);
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8));
    }
}
