package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Rendition;
import java.util.List;

/**
 * Gets what an edge serves, as it changes: each new segment's bytes once, then the media playlist
 * that lists it. A web server in front of the edge serves these copies (the Java edge keeps the
 * decisions). Called on the edge's poll thread, segments always before the playlist naming them.
 */
public interface EdgeMirror {

    /** One new segment of an edge playlist: its name in the playlist and its bytes. */
    record MirroredSegment(String name, byte[] bytes) {
    }

    void media(String contentId, String edgeId, Rendition rendition, String playlist, List<MirroredSegment> added);
}
