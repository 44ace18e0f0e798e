package com.example.backupingest.monitor.srt;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which content an SRT caller wants to publish, from its stream id: the bare content id (what the
 * stream setup page shows, so OBS's URL needs no escaping), or SRT's access-control form
 * {@code #!::r=<content id>,m=publish}. The stream id travels in clear text in the handshake, so it
 * names the content only; the secret is the passphrase.
 */
record SrtStreamId(String contentId) {

    private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String STRUCTURED = "#!::";

    static Optional<SrtStreamId> parse(String streamId) {
        String id = streamId.trim();
        if (id.startsWith(STRUCTURED)) {
            String resource = null;
            for (String pair : id.substring(STRUCTURED.length()).split(",")) {
                int equals = pair.indexOf('=');
                if (equals < 0) {
                    return Optional.empty();
                }
                String key = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (key.equals("r")) {
                    resource = value;
                } else if (key.equals("m") && !value.equals("publish")) {
                    return Optional.empty(); // ingest takes publishers only
                }
            }
            id = resource == null ? "" : resource;
        }
        return CONTENT_ID.matcher(id).matches() ? Optional.of(new SrtStreamId(id)) : Optional.empty();
    }
}
