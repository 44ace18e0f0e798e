package com.example.backupingest.portal.viewers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The player page's scripts and styles under names that change with their content (hls.js: its
 * version; ours: a content hash), so they can be cached for a year. hls.js is the copy of the
 * portal's own npm dependency that the build puts into {@code player/hls/} (see the portal pom).
 */
@Component
class PlayerPageAssets {

    record Asset(String name, byte[] bytes, MediaType type) {
    }

    static final String PREFIX = "/player/assets/";
    private static final Logger log = LoggerFactory.getLogger(PlayerPageAssets.class);
    private static final MediaType JS = new MediaType("text", "javascript", StandardCharsets.UTF_8);
    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, Asset> byName = new LinkedHashMap<>();
    private final String hls;
    private final String script;
    private final String styles;

    PlayerPageAssets() {
        this.script = add(hashed("player", read("player/player.js"), "js"), read("player/player.js"), JS);
        this.styles = add(hashed("player", read("player/player.css"), "css"), read("player/player.css"), CSS);
        Optional<byte[]> hlsJs = readOptional("player/hls/dist/hls.min.js");
        if (hlsJs.isEmpty()) {
            // Only when run without the Maven build (e.g. from an IDE without the frontend build).
            log.warn("player/hls/dist/hls.min.js is not on the classpath: the website player cannot play");
        }
        String version = readOptional("player/hls/package.json")
                .map(p -> versionOf(new String(p, StandardCharsets.UTF_8))).orElse("missing");
        this.hls = add("hls-" + version + ".min.js", hlsJs.orElse(new byte[0]), JS);
    }

    /** The URL paths the page links to. */
    String hlsUrl() {
        return PREFIX + hls;
    }

    String scriptUrl() {
        return PREFIX + script;
    }

    String stylesUrl() {
        return PREFIX + styles;
    }

    Optional<Asset> find(String name) {
        return Optional.ofNullable(byName.get(name)).filter(a -> a.bytes().length > 0);
    }

    private String add(String name, byte[] bytes, MediaType type) {
        byName.put(name, new Asset(name, bytes, type));
        return name;
    }

    static String versionOf(String packageJson) {
        Matcher m = VERSION.matcher(packageJson);
        return m.find() ? m.group(1) : "unknown";
    }

    private static String hashed(String base, byte[] bytes, String extension) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return base + "-" + HexFormat.of().formatHex(digest, 0, 5) + "." + extension;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String path) {
        return readOptional(path).orElseThrow(() -> new IllegalStateException(path + " is missing"));
    }

    private static Optional<byte[]> readOptional(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
