package com.example.backupingest.portal.live;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One headless Live page as the browser runs it (Flow 25.2): sign-in through the login form (Spring
 * Security CSRF token from the page's meta tag), the page's index HTML, Vaadin's {@code ?v-r=init}
 * request (UI id, push id, security key, heartbeat interval), the Atmosphere WebSocket with the
 * query parameters vaadinPush.js adds, the router's first {@code ui-navigate} UIDL request and the
 * heartbeats; {@link PushFrames} keeps what arrives. Owns nothing but its cookie: the
 * {@link HttpClient} is shared by all clients.
 */
final class PushDashboardClient {

    /** Browser details the Flow client sends with the init request (Flow.ts collectBrowserDetails). */
    private static final String BROWSER = "&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-tzo=-60"
            + "&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FBerlin&v-td=false&v-pr=1&v-np=Linux&v-cs="
            + "&v-pv=visible&v-fs=false&v-so=&v-soa=&v-tn=lumo&v-ws=false";
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=[^;]+");

    private final HttpClient http;
    private final URI base;
    private final PushFrames received = new PushFrames();
    private String cookie = "";
    private String csrf = "";
    private int uiId = -1;
    private String pushId = "";
    private String securityKey = "";
    private String route = "";
    private Duration heartbeat = Duration.ofMinutes(5);
    private volatile WebSocket socket;

    PushDashboardClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("login", "text/html").body();
        String form = meta(page, "_csrf_parameter") + "=" + enc(meta(page, "_csrf")) + "&username=" + enc(username)
                + "&password=" + enc(password);
        HttpResponse<String> posted = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Optional<String> target = posted.headers().firstValue("Location");
        if (posted.statusCode() != 302 || target.isEmpty() || target.get().contains("error")) {
            throw new IOException("sign-in refused: " + posted.statusCode() + " " + target.orElse(""));
        }
    }

    /** The page's HTML, then the UI for {@code route} (e.g. {@code live/<content>}) as the Flow client creates it. */
    void open(String route) throws IOException, InterruptedException {
        csrf = meta(get(route, "text/html").body(), "_csrf");
        String init = get("?v-r=init&location=" + enc(route) + "&query=" + BROWSER + "&v-curdate="
                + System.currentTimeMillis(), "application/json").body();
        uiId = Integer.parseInt(json(init, "\"v-uiId\":(\\d+)"));
        pushId = json(init, "\"Vaadin-Push-ID\":\"([^\"]+)\"");
        heartbeat = Duration.ofSeconds(Long.parseLong(json(init, "\"heartbeatInterval\":(-?\\d+)")));
        securityKey = json(init, "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        this.route = route;
    }

    /**
     * The router's first navigation: Flow.ts sends a {@code ui-navigate} event to the UI's root node
     * (node 1) in a UIDL request; the response renders the view, which then registers for pushes.
     */
    void navigate(String expectedTag) throws IOException, InterruptedException {
        String rpc = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> response = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(rpc)));
        if (response.statusCode() != 200 || !response.body().contains(expectedTag)) {
            throw new IOException("navigation to the view failed: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    /** Opens the push WebSocket like vaadinPush.js (websocket transport, protocol on, message length tracked). */
    void connect() throws Exception {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "VAADIN/push?" + query);
        socket = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(uri, received).get(60, TimeUnit.SECONDS);
    }

    /** What the Flow client posts every heartbeat interval so the server keeps the UI. */
    void heartbeat() throws IOException, InterruptedException {
        int status = send(request("?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody())).statusCode();
        if (status != 200) {
            throw new IOException("heartbeat refused: " + status);
        }
    }

    /** Closes the push connection and signs out (the server drops the session, its UI and its fan-out entry). */
    void signOut() throws IOException, InterruptedException {
        WebSocket s = socket;
        if (s != null) {
            s.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        HttpResponse<String> out = send(request("logout").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))));
        if (out.statusCode() != 302 || !out.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IOException("sign-out refused: " + out.statusCode());
        }
    }

    Duration heartbeatInterval() {
        return heartbeat;
    }

    PushFrames received() {
        return received;
    }

    private HttpResponse<String> get(String path, String expectedType) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).GET());
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !type.startsWith(expectedType)) {
            throw new IOException("GET /" + path.replaceAll("\\?.*", "") + ": " + response.statusCode() + " " + type);
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        return cookie.isEmpty() ? builder : builder.header("Cookie", cookie);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(set);
            if (m.find()) {
                cookie = m.group(); // a new id after sign-in (session fixation protection)
            }
        }
        return response;
    }

    private static String meta(String html, String name) throws IOException {
        return json(html, "<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]+)\"");
    }

    private static String json(String text, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IOException("not in the response: " + regex);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
