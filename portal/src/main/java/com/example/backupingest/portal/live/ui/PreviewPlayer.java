package com.example.backupingest.portal.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The preview: hls.js plays an edge's master playlist ({@code frontend/hls-player.ts}). Renditions
 * are hls.js levels named like the edge's folders (original, 480p, 360p).
 */
@Tag("hls-player")
@NpmPackage(value = "hls.js", version = "1.6.19")
@JsModule("./hls-player.ts")
class PreviewPlayer extends Component {

    static final String[] RENDITIONS = {"original", "480p", "360p"};

    PreviewPlayer(String masterPlaylist) {
        getElement().setAttribute("src", masterPlaylist);
        setRendition("original");
    }

    void setRendition(String rendition) {
        getElement().setAttribute("rendition", rendition);
    }

    /** A visible marker (toast + tick) at the moment of a failover. */
    void markFailover(String text) {
        getElement().callJsFunction("markFailover", text);
    }
}
