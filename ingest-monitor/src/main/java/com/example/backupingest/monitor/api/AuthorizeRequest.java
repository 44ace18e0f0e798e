package com.example.backupingest.monitor.api;


/**
 * Body of {@code POST /api/monitor/authorize} on the portal; the answer is a
 * {@link com.example.backupingest.monitor.api.PublishGrant} (200) or 403. {@code toString} masks the key.
 */
public record AuthorizeRequest(Entrypoint entrypoint, String streamKey) {

    @Override
    public String toString() {
        return "AuthorizeRequest[" + entrypoint + ", " + com.example.backupingest.monitor.api.StreamKeys.mask(streamKey)
                + "]";
    }
}
