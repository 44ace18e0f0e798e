package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.SrtAccess;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.api.StreamKeys;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.DistributionProperties;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The monitor's question "may this key publish here?", answered from the portal's database. Runs
 * on nginx callback threads without a signed-in user, so it reads by key, never via CurrentUser.
 * A backup key on the primary entrypoint (and vice versa) is refused. SRT callers name a content and
 * prove its passphrase, derived from the same key: rotating the key changes both.
 */
@Component
public class PortalStreamKeyDirectory implements StreamKeyDirectory {

    private static final Logger log = LoggerFactory.getLogger(PortalStreamKeyDirectory.class);
    private static final Pattern PLAUSIBLE_KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final ContentRepository contents;
    private final AccountDirectory accounts;
    private final DistributionProperties distribution;

    PortalStreamKeyDirectory(ContentRepository contents, AccountDirectory accounts,
            DistributionProperties distribution) {
        this.contents = contents;
        this.accounts = accounts;
        this.distribution = distribution;
    }

    @Override
    public Optional<PublishGrant> authorize(Entrypoint entrypoint, String streamKey) {
        // Whatever an encoder sends: only plausible keys reach the database (and its error messages).
        Optional<PublishGrant> grant = Optional.of(streamKey)
                .filter(key -> PLAUSIBLE_KEY.matcher(key).matches())
                .flatMap(contents::ownerOfUsableKey)
                .filter(owner -> owner.entrypoint() == entrypoint)
                .flatMap(owner -> accounts.find(owner.accountId())
                        .map(account -> new PublishGrant(owner.accountId(), owner.contentId(), entrypoint,
                                distribution.rule().edgesFor(account.viewerSeats()), owner.checks())));
        if (grant.isEmpty()) {
            log.info("refused publish on {} with key {}", entrypoint, StreamKeys.mask(streamKey));
        }
        return grant;
    }

    /** The SRT passphrase of the content's current key on this entrypoint; read by public content id, no user. */
    @Override
    public Optional<SrtAccess> srtAccess(Entrypoint entrypoint, String contentId) {
        return contents.activeContentById(contentId)
                .flatMap(row -> Optional.ofNullable(contents.activeKeys(row.id()).get(entrypoint))
                        .flatMap(key -> accounts.find(row.accountId())
                                .map(account -> new SrtAccess(new PublishGrant(row.accountId(), row.contentId(), entrypoint,
                                        distribution.rule().edgesFor(account.viewerSeats())), SrtPassphrases.of(key)))));
    }
}
