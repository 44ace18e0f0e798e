package com.example.backupingest.monitor.api;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where each entrypoint serves its HLS (each ingest server is an origin). Over HTTP the layout
 * under a base URI is {@code /hls/{contentId}/{renditionId}/index.m3u8}; a {@code file:} base is the
 * HLS folder itself ({@code {contentId}/{renditionId}/index.m3u8}), for edges on the ingest host.
 * Segments lie beside their playlist with relative URIs, every one carrying EXT-X-PROGRAM-DATE-TIME.
 */
public record OriginEndpoints(URI primary, URI backup) {

    public URI base(Entrypoint entrypoint) {
        return entrypoint == Entrypoint.PRIMARY ? primary : backup;
    }

    public URI mediaPlaylist(Entrypoint entrypoint, String contentId, Rendition rendition) {
        URI base = base(entrypoint);
        String path = contentId + "/" + rendition.id() + "/index.m3u8";
        return "file".equals(base.getScheme()) ? base.resolve(path) : base.resolve("/hls/" + path);
    }

    /** The HLS folder as a base URI: always with the trailing slash, whether or not it exists yet. */
    public static URI folder(Path hlsRoot) {
        URI uri = hlsRoot.toAbsolutePath().normalize().toUri();
        return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
    }
}
