package com.example.backupingest.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-like HTTP client on its own machine: it connects from {@code address} (any
 * 127.0.0.x; Linux routes the whole block to loopback), keeps its own cookies, follows no
 * redirects. Signs in through the real login page: the form's CSRF token comes from the page's
 * {@code _csrf} meta tag, as Vaadin's login form takes it.
 */
final class Visitor {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;

    Visitor(int port, String address) {
        this.base = URI.create("http://127.0.0.1:" + port);
        try {
            this.http = HttpClient.newBuilder().localAddress(InetAddress.getByName(address))
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens the login page and posts the form with its token; the answer is the login's redirect. */
    HttpResponse<String> signIn(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>(csrfOfLoginPage());
        form.put("username", username);
        form.put("password", password);
        return postForm("/login", form);
    }

    /** {@code parameter -> token} of the login page's meta tags. */
    Map<String, String> csrfOfLoginPage() {
        HttpResponse<String> page = get("/login");
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
            throw new AssertionError("the login page carries no CSRF meta tags: " + page.body());
        }
        return Map.of(meta.get("_csrf_parameter"), meta.get("_csrf"));
    }

    /** Whether this client's session is signed in: a protected view answers instead of sending it to the login. */
    boolean signedIn() {
        HttpResponse<String> booking = get("/booking", "Accept", "text/html");
        return booking.statusCode() == 200;
    }

    static boolean wentToStart(HttpResponse<String> login) {
        String location = login.headers().firstValue("Location").orElse("");
        return login.statusCode() == 302 && !location.contains("/login");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
