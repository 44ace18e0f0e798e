package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.StreamKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Finds stream keys in captured log text (verbatim, URL-encoded or JSON-escaped), for tests that
 * prove a whole run logs no key. Reports keys masked, so a failing assertion leaks nothing either.
 */
public final class StreamKeyLeaks {

    private StreamKeyLeaks() {
    }

    public static List<String> in(String logText, Collection<String> keys) {
        return keys.stream().filter(key -> forms(key).stream().anyMatch(logText::contains))
                .map(StreamKeys::mask).toList();
    }

    private static Set<String> forms(String key) {
        return new java.util.LinkedHashSet<>(List.of(key, URLEncoder.encode(key, StandardCharsets.UTF_8), key.replace("/", "\\/")));
    }
}
