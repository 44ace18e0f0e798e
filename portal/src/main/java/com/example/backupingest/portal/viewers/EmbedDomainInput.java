package com.example.backupingest.portal.viewers;

import com.example.backupingest.portal.security.AuditedResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The allowed domains a customer typed, parsed: either {@code domains} (normalised, no duplicates)
 * or a {@code problem} naming the first bad entry, never both.
 */
public record EmbedDomainInput(List<String> domains, @Nullable Problem problem) implements AuditedResult {

    public enum Kind {
        /** {@code entry} is not a host name (or a {@code *.} wildcard of one). */
        NOT_A_HOST_NAME,
        /** More than {@link EmbedDomainParser#MAX_DOMAINS} distinct entries; {@code entry} is the first one too many. */
        TOO_MANY
    }

    public record Problem(Kind kind, String entry) {
    }

    public EmbedDomainInput {
        domains = List.copyOf(domains);
    }

    public boolean valid() {
        return problem == null;
    }

    /** The saved list for the support audit; nothing was saved (no audit row) when the input was invalid. */
    @Override
    public @Nullable String auditDetail() {
        return valid() ? (domains.isEmpty() ? "-" : String.join(", ", domains)) : null;
    }
}
