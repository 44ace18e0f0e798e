package com.example.backupingest.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's pages over real HTTP: CSP and Referrer-Policy on every page, a session cookie a
 * foreign site's requests do not carry (SameSite=Lax), not readable by scripts, and Secure when the
 * portal is served over HTTPS (here: its TLS proxy on loopback says so).
 */
@PublicHttpTest
class SecurityHeadersHttpTest {

    @LocalServerPort int port;

    @Test
    void portal_pages_carry_a_content_security_policy_and_referrer_policy() {
        for (String path : List.of("/login", "/booking", "/")) {
            HttpResponse<String> page = new Visitor(port, "127.0.0.41").get(path, "Accept", "text/html");
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path + " " + page.statusCode() + " " + page.headers().map()).contains("default-src 'self'", "frame-ancestors 'self'", "form-action 'self'",
                    "object-src 'none'", "base-uri 'self'");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
    }

    @Test
    void pages_are_not_cached_but_files_that_set_their_own_caching_keep_it_alone() {
        Visitor visitor = new Visitor(port, "127.0.0.44");
        assertThat(visitor.get("/login").headers().allValues("Cache-Control")).singleElement().asString()
                .contains("no-store");
        assertThat(visitor.get("/themes/backup-ingest/logo.svg").headers().allValues("Cache-Control"))
                .containsExactly("max-age=3600");
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only_and_not_secure_over_plain_http() {
        String cookie = sessionCookie(new Visitor(port, "127.0.0.42").get("/login"));
        assertThat(cookie).contains("SameSite=Lax").containsIgnoringCase("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void served_over_https_the_session_cookie_is_secure() {
        // The TLS proxy (trusted: on loopback 127.0.0.1) tells the portal the browser used HTTPS.
        String cookie = sessionCookie(new Visitor(port, "127.0.0.1").get("/login", "X-Forwarded-Proto", "https"));
        assertThat(cookie).contains("Secure", "SameSite=Lax");
    }

    @Test
    void an_https_claim_from_anyone_but_the_proxy_is_ignored() {
        String cookie = sessionCookie(new Visitor(port, "127.0.0.43").get("/login", "X-Forwarded-Proto", "https"));
        assertThat(cookie).doesNotContain("Secure");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}
