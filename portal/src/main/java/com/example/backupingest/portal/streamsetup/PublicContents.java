package com.example.backupingest.portal.streamsetup;

import java.util.Optional;

/**
 * Look-ups by public content id for code that serves anonymous viewers (the website player, its
 * assignment endpoint). Returns only public facts, never a key.
 */
public interface PublicContents {

    /** An active content; empty for unknown or deactivated ones. */
    Optional<PublicContent> find(String contentId);

    /** What a viewer-facing page may know about a content. */
    record PublicContent(String contentId, long accountId, String name) {
    }
}
