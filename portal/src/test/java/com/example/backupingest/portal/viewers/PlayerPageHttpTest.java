package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.example.backupingest.portal.security.PublicHttpTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public player page through real HTTP and the real filter chain: headers, languages, refusals. */
@PublicHttpTest
class PlayerPageHttpTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired EmbedDomainRepository domains;

    private final HttpClient http = HttpClient.newHttpClient();
    private String contentId;

    @BeforeEach
    void content() {
        long account = new TestAccounts(jdbc, provisioning).customer("Player GmbH", 2, 800).accountId();
        contentId = jdbc.sql("select content_id from content where account_id = ?").param(account)
                .query(String.class).list().getFirst();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void allow(String... hosts) {
        domains.replace(contentId, List.of(hosts), Actor.customer("test"), Instant.now());
    }

    @Test
    void the_player_page_is_public_html_in_english_without_frame_restriction_when_no_domain_is_listed() throws Exception {
        HttpResponse<String> page = get("/player/" + contentId, "Accept-Language", "fr-FR,en;q=0.5");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).isEmpty();
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("<html lang=\"en\">", "data-state=\"loading\"",
                "data-assign=\"/player/api/" + contentId + "/assign\"", "This stream is not live yet", "Unmute", "Fullscreen");
    }

    @Test
    void a_browser_preferring_german_gets_the_page_in_german() throws Exception {
        HttpResponse<String> page = get("/player/" + contentId, "Accept-Language", "de-CH,de;q=0.9,en;q=0.8");

        assertThat(page.body()).contains("<html lang=\"de\">", "Der Stream ist noch nicht live", "Alle Zuschauerplätze sind belegt", "Ton an");
    }

    @Test
    void listed_domains_become_the_frame_ancestors_of_the_page() throws Exception {
        allow("customer.example", "*.partner.example");

        HttpResponse<String> page = get("/player/" + contentId);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'self'"
                + " https://customer.example:* http://customer.example:* https://*.partner.example:* http://*.partner.example:*");
    }

    @Test
    void an_iframe_on_a_site_not_listed_gets_a_refusal_in_words_that_may_show_there() throws Exception {
        allow("customer.example");

        HttpResponse<String> page = get("/player/" + contentId, "Sec-Fetch-Dest", "iframe",
                "Referer", "https://elsewhere.example/blog/post", "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors *");
        assertThat(page.body()).contains("data-state=\"refused\"", "This player may not be embedded here")
                .doesNotContain("data-assign");
    }

    @Test
    void an_iframe_on_a_listed_site_or_on_the_portal_itself_gets_the_player() throws Exception {
        allow("customer.example");

        HttpResponse<String> listed = get("/player/" + contentId, "Sec-Fetch-Dest", "iframe",
                "Referer", "https://customer.example/live");
        HttpResponse<String> preview = get("/player/" + contentId, "Sec-Fetch-Dest", "iframe",
                "Referer", "http://localhost:" + port + "/embed");
        HttpResponse<String> otherPortOfSameHost = get("/player/" + contentId, "Sec-Fetch-Dest", "iframe",
                "Origin", "http://localhost:" + (port == 65535 ? 1 : port + 1));

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("data-state=\"loading\"");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(otherPortOfSameHost.statusCode()).isEqualTo(403);
    }

    @Test
    void a_content_named_like_markup_appears_escaped_as_text_on_the_player_page() throws Exception {
        jdbc.sql("update content set name = ? where content_id = ?").params("\"><img src=x onerror=alert(1)>", contentId)
                .update();

        HttpResponse<String> page = get("/player/" + contentId, "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }

    @Test
    void an_unknown_content_gets_a_404_page_in_words() throws Exception {
        HttpResponse<String> page = get("/player/nosuchcontent1", "Accept-Language", "de");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"de\">", "data-state=\"unknown\"", "Diesen Stream gibt es nicht");
    }

    @Test
    void the_page_links_the_portals_own_hls_js_of_the_shipped_version_cached_for_a_year() throws Exception {
        String body = get("/player/" + contentId).body();
        String version = shippedHlsVersion();
        Matcher script = Pattern.compile("src=\"(/player/assets/hls-[^\"]+)\"").matcher(body);
        assertThat(script.find()).isTrue();
        assertThat(script.group(1)).isEqualTo("/player/assets/hls-" + version + ".min.js");

        HttpResponse<String> hls = get(script.group(1));

        assertThat(hls.statusCode()).isEqualTo(200);
        assertThat(hls.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(hls.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("max-age=31536000", "public", "immutable"));
        assertThat(hls.body()).contains("MANIFEST_PARSED").hasSizeGreaterThan(100_000);
        Matcher own = Pattern.compile("src=\"(/player/assets/player-[0-9a-f]{10}\\.js)\"").matcher(body);
        assertThat(own.find()).isTrue();
        assertThat(get(own.group(1)).body()).contains("window.__player");
        assertThat(get("/player/assets/hls-0.0.1.min.js").statusCode()).isEqualTo(404);
    }

    /** The version the portal's frontend ships (root package.json), which the player must use too. */
    private static String shippedHlsVersion() throws IOException {
        Path root = Path.of("..", "package.json");
        Matcher m = Pattern.compile("\"hls\\.js\"\\s*:\\s*\"([0-9][^\"]*)\"").matcher(Files.readString(root));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
