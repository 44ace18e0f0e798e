package com.example.backupingest.monitor.api;

/**
 * What a valid stream key stands for. {@code contentId} is public (it names HLS folders and edge
 * URLs); the key itself never leaves the directory and is never logged. {@code checks}: the content's
 * picture and sound checks (null from an older portal: the defaults).
 */
public record PublishGrant(long accountId, String contentId, Entrypoint entrypoint, int edgeCount,
        ContentChecks checks) {

    public PublishGrant {
        checks = checks == null ? ContentChecks.DEFAULT : checks;
    }

    /** With the default content checks. */
    public PublishGrant(long accountId, String contentId, Entrypoint entrypoint, int edgeCount) {
        this(accountId, contentId, entrypoint, edgeCount, ContentChecks.DEFAULT);
    }
}
