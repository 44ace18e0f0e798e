package com.example.backupingest.monitor.front;

import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.viewer.ViewerTicket;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate's decisions as links nginx can see: a ticket the gate admitted gets a link to its edge's
 * folder, so nginx serves its playlists and segments; {@link #sweep()} removes the links of tickets
 * the gate would no longer admit (the viewer left, a preview expired), so the next request of such a
 * player reaches the Java edge again and gets its 403.
 */
final class TicketLinks implements ViewerGate.Admissions {

    private static final Logger log = LoggerFactory.getLogger(TicketLinks.class);

    private record Link(String contentId, String edgeId, Path path) {
    }

    private final FrontLayout layout;
    private final ViewerGate gate;
    private final Map<String, Link> links = new ConcurrentHashMap<>();

    TicketLinks(FrontLayout layout, ViewerGate gate) {
        this.layout = layout;
        this.gate = gate;
    }

    @Override
    public void admitted(String token, ViewerTicket ticket) {
        if (links.containsKey(token) || !FrontLayout.safeName(token)) {
            return;
        }
        Path path = layout.ticket(ticket.contentId(), ticket.edgeId(), token);
        if (links.putIfAbsent(token, new Link(ticket.contentId(), ticket.edgeId(), path)) != null) {
            return;
        }
        try {
            Files.createDirectories(path.getParent());
            Files.createSymbolicLink(path, layout.edge(ticket.contentId(), ticket.edgeId()));
        } catch (FileAlreadyExistsException e) {
            // a sweep and an admission crossed: the link is there, which is what we want
        } catch (IOException e) {
            links.remove(token);
            log.warn("front: cannot link a ticket of {} / {}: the Java edge serves it", ticket.contentId(),
                    ticket.edgeId(), e);
        }
    }

    /** Removes the links of tickets the gate no longer admits. */
    void sweep() {
        links.forEach((token, link) -> {
            if (!gate.stillAdmitted(token, link.contentId(), link.edgeId()) && links.remove(token, link)) {
                try {
                    Files.deleteIfExists(link.path());
                } catch (IOException e) {
                    log.warn("front: cannot remove a ticket link {}", link.path(), e);
                }
            }
        });
    }

    int size() {
        return links.size();
    }
}
