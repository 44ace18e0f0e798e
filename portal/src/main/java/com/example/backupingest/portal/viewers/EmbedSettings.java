package com.example.backupingest.portal.viewers;

import com.example.backupingest.portal.security.StateChanging;
import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.security.AuditDetail;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The signed-in customer's allowed embed domains per content. Only contents of the current
 * account (as {@link StreamSetupService#contents()} lists them) are read or written. A support
 * agent acting for the customer may save too: the list is no secret (unlike stream keys), and
 * both identities are recorded, as bookings do.
 */
@Service
public class EmbedSettings {

    private final EmbedDomainRepository repository;
    private final StreamSetupService contents;
    private final CurrentUser currentUser;
    private final Clock clock;

    EmbedSettings(EmbedDomainRepository repository, StreamSetupService contents, CurrentUser currentUser,
            Clock clock) {
        this.repository = repository;
        this.contents = contents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @ReadsOnly
    public List<String> allowedDomains(String contentId) {
        requireOwn(contentId);
        return repository.domains(contentId);
    }

    /** Parses {@code text}; saves only when every entry is valid, else nothing changes. */
    @StateChanging("EMBED_DOMAINS_CHANGED")
    public EmbedDomainInput save(@AuditDetail String contentId, String text) {
        requireOwn(contentId);
        EmbedDomainInput input = EmbedDomainParser.parse(text);
        if (input.valid()) {
            repository.replace(contentId, input.domains(), currentUser.actor(), clock.instant());
        }
        return input;
    }

    private void requireOwn(String contentId) {
        if (contents.contents().stream().noneMatch(c -> c.contentId().equals(contentId))) {
            throw new AccessDeniedException("not a content of this account");
        }
    }
}
