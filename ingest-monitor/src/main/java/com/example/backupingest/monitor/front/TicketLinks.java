package com.example.backupingest.monitor.front;

import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.api.viewer.ViewerTicket;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate's decisions as links nginx can see: a ticket the gate admitted from a client address gets
 * a link (ticket, address) to its edge's folder, so nginx serves that client's playlists and segments
 * and nobody else's; {@link #sweep()} removes the links the gate would no longer admit (the viewer
 * left, its seat was refused, a preview expired), so the next request of such a player reaches the
 * Java edge again and gets its 403.
 */
final class TicketLinks implements ViewerGate.Admissions {

    private static final Logger log = LoggerFactory.getLogger(TicketLinks.class);

    private record Link(String contentId, String edgeId, String token, String address, Path path) {
    }

    private final FrontLayout layout;
    private final ViewerGate gate;
    /** "token address" → its link */
    private final Map<String, Link> links = new ConcurrentHashMap<>();

    TicketLinks(FrontLayout layout, ViewerGate gate) {
        this.layout = layout;
        this.gate = gate;
    }

    @Override
    public void admitted(String token, ViewerTicket ticket, String address) {
        String id = token + " " + address;
        if (links.containsKey(id) || !FrontLayout.safeName(token) || !FrontLayout.safeAddress(address)) {
            return;
        }
        Path path = layout.ticketLink(ticket.contentId(), ticket.edgeId(), token, address);
        Link link = new Link(ticket.contentId(), ticket.edgeId(), token, address, path);
        if (links.putIfAbsent(id, link) != null) {
            return;
        }
        try {
            Files.createDirectories(path.getParent());
            Files.createSymbolicLink(path, layout.edge(ticket.contentId(), ticket.edgeId()));
        } catch (FileAlreadyExistsException e) {
            // a sweep and an admission crossed: the link is there, which is what we want
        } catch (IOException e) {
            links.remove(id, link);
            log.warn("front: cannot link a ticket of {} / {}: the Java edge serves it", ticket.contentId(),
                    ticket.edgeId(), e);
        }
    }

    /** Removes the links of tickets the gate no longer admits from their address. */
    void sweep() {
        links.forEach((id, link) -> {
            if (!gate.stillAdmitted(link.token(), link.contentId(), link.edgeId(), link.address())
                    && links.remove(id, link)) {
                try {
                    Files.deleteIfExists(link.path());
                    Files.deleteIfExists(link.path().getParent());
                } catch (DirectoryNotEmptyException stillUsed) {
                    // another address of the same ticket (a refused copy never gets one; a mobile handover may)
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
