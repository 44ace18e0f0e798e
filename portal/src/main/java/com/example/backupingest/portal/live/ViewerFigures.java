package com.example.backupingest.portal.live;

import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.streamsetup.PublicContents;
import com.example.backupingest.portal.viewers.ViewerCounts;
import org.jspecify.annotations.Nullable;

/**
 * The viewer part of a snapshot: counts from the viewers module, seats from the account. Two indexed
 * look-ups per watched content and tick; without viewer counts (none wired) everything is zero.
 */
final class ViewerFigures {

    private final @Nullable ViewerCounts counts;
    private final PublicContents contents;
    private final AccountDirectory accounts;

    ViewerFigures(@Nullable ViewerCounts counts, PublicContents contents, AccountDirectory accounts) {
        this.counts = counts;
        this.contents = contents;
        this.accounts = accounts;
    }

    ViewersNow of(String contentId) {
        ViewerCounts c = counts;
        if (c == null) {
            return ViewersNow.NONE;
        }
        return contents.find(contentId)
                .map(content -> new ViewersNow(c.perEdge(contentId), c.ofAccount(content.accountId()),
                        accounts.find(content.accountId()).map(AccountSummary::viewerSeats).orElse(0)))
                .orElse(ViewersNow.NONE);
    }
}
