package com.example.backupingest.portal.live.ui;

import com.example.backupingest.portal.live.PreviewTickets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.time.Instant;

/**
 * The preview: hls.js plays an edge's master playlist ({@code frontend/hls-player.ts}). Renditions
 * are hls.js levels named like the edge's folders (original, 480p, 360p). The preview ticket in the
 * URLs is short-lived: {@link #renewIfDue} hands the player a fresh one (it swaps it into every later
 * request without reloading).
 */
@Tag("hls-player")
@NpmPackage(value = "hls.js", version = "1.6.19")
@JsModule("./hls-player.ts")
class PreviewPlayer extends Component {

    static final String[] RENDITIONS = {"original", "480p", "360p"};

    private final PreviewTickets tickets;
    private Instant renewAt;

    PreviewPlayer(PreviewTickets tickets) {
        this.tickets = tickets;
        this.renewAt = Instant.now().plus(tickets.renewEvery());
        getElement().setAttribute("src", tickets.playlist());
        setRendition("original");
    }

    /** Called every tick of the open page: a new ticket every {@code renewEvery}. */
    void renewIfDue(Instant now) {
        if (tickets.next() == null || now.isBefore(renewAt)) {
            return;
        }
        renewAt = now.plus(tickets.renewEvery());
        getElement().setAttribute("ticket", tickets.next().get());
    }

    void setRendition(String rendition) {
        getElement().setAttribute("rendition", rendition);
    }

    /** A visible marker (toast + tick) at the moment of a failover. */
    void markFailover(String text) {
        getElement().callJsFunction("markFailover", text);
    }
}
