package com.example.backupingest.monitor.front;

import com.example.backupingest.monitor.api.Rendition;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the front's files live. {@code edges/<content>/<edge>/<rendition>/} holds what an edge serves
 * (segments, media playlist); {@code v/<content>/<edge>/<ticket>/<client address>} is a link to that
 * edge's folder, present exactly while the gate admits the ticket from that address: nginx serves a
 * ticketed URL through the link of the request's {@code $remote_addr}, and without it asks the Java edge
 * (so a ticket copied to another client never reaches the mirror).
 */
record FrontLayout(Path root) {

    /** What tickets and ids are made of (base64url, the ticket's '~'): safe as a file name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_~-]{1,400}");
    /** A client address as nginx writes {@code $remote_addr} (IPv4 dotted, IPv6 with colons). */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    FrontLayout {
        root = root.toAbsolutePath().normalize();
    }

    Path edges() {
        return root.resolve("edges");
    }

    Path tickets() {
        return root.resolve("v");
    }

    Path edge(String contentId, String edgeId) {
        return edges().resolve(safe(contentId)).resolve(safe(edgeId));
    }

    Path rendition(String contentId, String edgeId, Rendition rendition) {
        return edge(contentId, edgeId).resolve(rendition.id());
    }

    Path ticket(String contentId, String edgeId, String token) {
        return tickets().resolve(safe(contentId)).resolve(safe(edgeId)).resolve(safe(token));
    }

    /** The link through which nginx serves this ticket to this client. */
    Path ticketLink(String contentId, String edgeId, String token, String address) {
        if (!safeAddress(address)) {
            throw new IllegalArgumentException("not a client address: " + address);
        }
        return ticket(contentId, edgeId, token).resolve(address);
    }

    static boolean safeAddress(String address) {
        return ADDRESS.matcher(address).matches() && !address.equals("..");
    }

    static boolean safeName(String name) {
        return NAME.matcher(name).matches() && !name.equals("..") && !name.equals(".");
    }

    private static String safe(String name) {
        if (!safeName(name)) {
            throw new IllegalArgumentException("not a front file name: " + name);
        }
        return name;
    }
}
