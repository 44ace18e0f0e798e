package com.example.backupingest.portal.live.ui;

import com.example.backupingest.portal.live.PreviewTickets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview: hls.js plays an edge's master playlist ({@code frontend/hls-player.ts}). Renditions
 * are hls.js levels named like the edge's folders (original, 480p, 360p). It gets the playlist
 * only while a distribution server serves the content; before and after, it shows a sentence
 * instead of an empty player (and asks the edge for nothing). The preview ticket in the URLs is
 * short-lived: {@link #renewIfDue} hands the player a fresh one (it swaps it into every later request
 * without reloading).
 */
@Tag("hls-player")
@NpmPackage(value = "hls.js", version = "1.6.19")
@JsModule("./hls-player.ts")
class PreviewPlayer extends Component {

    static final String[] RENDITIONS = {"original", "480p", "360p"};

    /** What the preview shows; the translation key of its sentence, if any. */
    enum State {
        NOT_LIVE_YET("live.preview.notLiveYet"), STARTING("live.preview.starting"), PLAYING(""),
        ENDED("live.preview.ended");

        final String key;

        State(String key) {
            this.key = key;
        }
    }

    private static final Pattern TICKET_SEGMENT = Pattern.compile("/v/[A-Za-z0-9_~-]+/");

    private final PreviewTickets tickets;
    private Instant renewAt;
    private String masterPlaylist;
    private State state = State.PLAYING;

    PreviewPlayer(PreviewTickets tickets) {
        this.tickets = tickets;
        this.renewAt = Instant.now().plus(tickets.renewEvery());
        this.masterPlaylist = tickets.playlist();
        setRendition("original");
        show(State.NOT_LIVE_YET);
    }

    void show(State next) {
        if (next == state) {
            return;
        }
        state = next;
        getElement().setAttribute("data-state", next.name());
        if (next == State.PLAYING) {
            getElement().removeAttribute("message");
            getElement().setAttribute("src", masterPlaylist);
        } else {
            getElement().removeAttribute("src");
            getElement().setAttribute("message", getTranslation(next.key));
        }
    }

    State state() {
        return state;
    }

    /** Called every tick of the open page: a new ticket every {@code renewEvery}. */
    void renewIfDue(Instant now) {
        if (tickets.next() == null || now.isBefore(renewAt)) {
            return;
        }
        renewAt = now.plus(tickets.renewEvery());
        String ticket = tickets.next().get();
        getElement().setAttribute("ticket", ticket);
        // a player started later (not live yet → playing) starts with a ticket that is still valid
        masterPlaylist = TICKET_SEGMENT.matcher(masterPlaylist).replaceFirst(Matcher.quoteReplacement("/v/" + ticket + "/"));
    }

    void setRendition(String rendition) {
        getElement().setAttribute("rendition", rendition);
    }

    /** A visible marker (toast + tick) at the moment of a failover. */
    void markFailover(String text) {
        getElement().callJsFunction("markFailover", text);
    }
}
