package com.example.backupingest.portal.viewers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Test-only stand-in for one distribution server: serves a {@link TestHlsStream}'s folder under
 * {@code /{edge}/{ticket}/...} with CORS {@code *}, answers 403 for revoked tickets (a lapsed seat)
 * and serves small HTML pages of "another site" (for embedding). {@link #close()} kills it: the
 * port then refuses connections, as a dead edge host does.
 */
final class TestEdgeServer implements AutoCloseable {

    private final HttpServer server;
    private final Path media;
    private final String edgeId;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private volatile long playlistsMissingUntil = System.nanoTime();

    TestEdgeServer(String edgeId, Path media) throws IOException {
        this.edgeId = edgeId;
        this.media = media;
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String master(String ticket) {
        return "http://localhost:" + port() + "/" + edgeId + "/" + ticket + "/master.m3u8";
    }

    void revoke(String ticket) {
        revoked.add(ticket);
    }

    /** For {@code period} from now playlists answer 404, as an edge briefly might while the ingest fails over. */
    void missPlaylistsFor(java.time.Duration period) {
        playlistsMissingUntil = System.nanoTime() + period.toNanos();
    }

    /** An HTML page of this "site" at {@code /site/{name}}. */
    String page(String name, String html) {
        pages.put(name, html);
        return "http://localhost:" + port() + "/site/" + name;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            String[] parts = exchange.getRequestURI().getPath().split("/", 4);
            if (parts.length == 3 && parts[1].equals("site") && pages.containsKey(parts[2])) {
                send(exchange, 200, "text/html; charset=utf-8", pages.get(parts[2]).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (parts.length < 4 || !parts[1].equals(edgeId) || parts[3].contains("..")) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            if (parts[3].endsWith(".m3u8") && System.nanoTime() - playlistsMissingUntil < 0) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            if (revoked.contains(parts[2])) {
                send(exchange, 403, "text/plain", new byte[0]);
                return;
            }
            // One real rendition stands in for 360p as well: enough to see the player switch.
            Path file = media.resolve(parts[3].replaceFirst("^360p/", "original/"));
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            String type = file.toString().endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp2t";
            send(exchange, 200, type, Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
