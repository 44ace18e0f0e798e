package com.example.backupingest.portal.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The preview: hls.js plays an edge's master playlist ({@code frontend/hls-player.ts}). Renditions
 * are hls.js levels named like the edge's folders (original, 480p, 360p). It gets the playlist
 * only while a distribution server serves the content; before and after, it shows a sentence
 * instead of an empty player (and asks the edge for nothing).
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

    private final String masterPlaylist;
    private State state = State.PLAYING;

    PreviewPlayer(String masterPlaylist) {
        this.masterPlaylist = masterPlaylist;
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

    void setRendition(String rendition) {
        getElement().setAttribute("rendition", rendition);
    }

    /** A visible marker (toast + tick) at the moment of a failover. */
    void markFailover(String text) {
        getElement().callJsFunction("markFailover", text);
    }
}
