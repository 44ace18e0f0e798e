package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.streamsetup.ContentRepository.ContentRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contents and keys follow the booking: backup keys exist exactly while the add-on is booked, so
 * "has a backup key" is how the rest of streamsetup knows a booking is active. Every revocation is
 * published ({@link StreamKeysRevoked}), so encoders still sending with a revoked key are dropped.
 */
@Service
@Transactional
class DefaultContentProvisioning implements ContentProvisioning {

    static final String DEFAULT_CONTENT_NAME = "Livestream";

    private final ContentRepository contents;
    private final KeyIssuer keys;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;

    DefaultContentProvisioning(ContentRepository contents, KeyIssuer keys, AccountDirectory accounts,
            ApplicationEventPublisher events) {
        this.contents = contents;
        this.keys = keys;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public void ensureDefaultContent(long accountId) {
        // Locked and checked again, so two first page views at once create one default content.
        if (contents.activeContents(accountId).isEmpty() && lockedAndStillEmpty(accountId)) {
            long id = contents.insertContent(accountId, keys.newContentId(), DEFAULT_CONTENT_NAME, 1);
            keys.issueKey(id, Entrypoint.PRIMARY);
        }
    }

    private boolean lockedAndStillEmpty(long accountId) {
        accounts.lockForUpdate(accountId);
        return contents.activeContents(accountId).isEmpty();
    }

    @Override
    public void applyBooking(long accountId, List<String> names) {
        applyBooking(accountId, names, java.util.Collections.nCopies(names.size(), ""));
    }

    @Override
    public void applyBooking(long accountId, List<String> names, List<String> contentIds) {
        List<ContentRow> active = contents.activeContents(accountId);
        Map<String, ContentRow> byId = new HashMap<>();
        active.forEach(row -> byId.put(row.contentId(), row));
        Map<String, ContentRow> byName = new HashMap<>();
        for (ContentRow row : active) {
            if (!contentIds.contains(row.contentId())) {
                byName.putIfAbsent(normalize(row.name()), row);
            }
        }
        Map<Long, ContentRow> existing = new HashMap<>();
        active.forEach(row -> existing.put(row.id(), row));
        int position = 1;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String contentId = i < contentIds.size() ? contentIds.get(i) : "";
            ContentRow kept;
            if (!contentId.isEmpty()) {
                kept = byId.get(contentId);
                if (kept == null) {
                    throw new IllegalArgumentException("no active content " + contentId + " in account " + accountId);
                }
            } else {
                kept = byName.remove(normalize(name));
            }
            if (kept != null) {
                existing.remove(kept.id());
            }
            long id = kept != null ? kept.id() : contents.insertContent(accountId, keys.newContentId(), name, position);
            if (kept != null) {
                contents.updateContent(id, name, position);
            }
            Map<Entrypoint, String> present = contents.activeKeys(id);
            for (Entrypoint entrypoint : Entrypoint.values()) {
                if (!present.containsKey(entrypoint)) {
                    keys.issueKey(id, entrypoint);
                }
            }
            position++;
        }
        Instant now = keys.now();
        for (ContentRow removed : existing.values()) { // no row kept it: removed on purpose
            contents.deactivate(removed.id());
            contents.revokeAllKeys(removed.id(), now);
            events.publishEvent(new StreamKeysRevoked(accountId, removed.contentId(), null,
                    RevocationReason.CONTENT_REMOVED));
        }
    }

    @Override
    public void endBooking(long accountId, int keepContents) {
        Instant now = keys.now();
        List<ContentRow> active = contents.activeContents(accountId);
        for (int i = 0; i < active.size(); i++) {
            ContentRow row = active.get(i);
            if (i < Math.max(1, keepContents)) {
                contents.revokeKey(row.id(), Entrypoint.BACKUP, now);
                if (!contents.activeKeys(row.id()).containsKey(Entrypoint.PRIMARY)) {
                    keys.issueKey(row.id(), Entrypoint.PRIMARY);
                }
                events.publishEvent(new StreamKeysRevoked(accountId, row.contentId(), Entrypoint.BACKUP,
                        RevocationReason.BOOKING_ENDED));
            } else {
                contents.deactivate(row.id());
                contents.revokeAllKeys(row.id(), now);
                events.publishEvent(new StreamKeysRevoked(accountId, row.contentId(), null,
                        RevocationReason.BOOKING_ENDED));
            }
        }
        ensureDefaultContent(accountId);
    }

    static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
