package com.example.backupingest.monitor;

import java.net.URI;

/**
 * Where each entrypoint serves its HLS over HTTP (each ingest server is an origin). Layout under
 * a base URI: {@code /hls/{contentId}/{renditionId}/index.m3u8}, segments beside it with
 * relative URIs, every segment carrying EXT-X-PROGRAM-DATE-TIME.
 */
public record OriginEndpoints(URI primary, URI backup) {

    public URI base(Entrypoint entrypoint) {
        return entrypoint == Entrypoint.PRIMARY ? primary : backup;
    }

    public URI mediaPlaylist(Entrypoint entrypoint, String contentId, Rendition rendition) {
        return base(entrypoint).resolve("/hls/" + contentId + "/" + rendition.id() + "/index.m3u8");
    }
}
