package com.example.backupingest.monitor;

/**
 * What a valid stream key stands for. {@code contentId} is public (it names HLS folders and edge
 * URLs); the key itself never leaves the directory and is never logged.
 */
public record PublishGrant(long accountId, String contentId, Entrypoint entrypoint, int edgeCount) {
}
