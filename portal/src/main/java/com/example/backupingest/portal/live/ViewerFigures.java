package com.example.backupingest.portal.live;

import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.streamsetup.PublicContents;
import com.example.backupingest.portal.viewers.ViewerCounts;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The viewer part of a snapshot: counts from the viewers module, seats from the account. Two indexed
 * look-ups per watched content and tick; without viewer counts (none wired) everything is zero. A
 * client holding at least {@code unusualShare} of the booked seats (and {@code unusualMinSeats}) is
 * named.
 */
final class ViewerFigures {

    private final @Nullable ViewerCounts counts;
    private final PublicContents contents;
    private final AccountDirectory accounts;

    private final double unusualShare;
    private final int unusualMinSeats;

    ViewerFigures(@Nullable ViewerCounts counts, PublicContents contents, AccountDirectory accounts,
            double unusualShare, int unusualMinSeats) {
        this.counts = counts;
        this.contents = contents;
        this.accounts = accounts;
        this.unusualShare = unusualShare;
        this.unusualMinSeats = unusualMinSeats;
    }

    ViewersNow of(String contentId) {
        ViewerCounts c = counts;
        if (c == null) {
            return ViewersNow.NONE;
        }
        return contents.find(contentId).map(content -> {
            int seats = accounts.find(content.accountId()).map(AccountSummary::viewerSeats).orElse(0);
            return new ViewersNow(c.perEdge(contentId), c.ofAccount(content.accountId()), seats,
                    crowded(c.perClient(content.accountId()), seats));
        }).orElse(ViewersNow.NONE);
    }

    private Map<String, Integer> crowded(Map<String, Integer> perClient, int seats) {
        double bar = Math.max(unusualMinSeats, Math.ceil(unusualShare * seats));
        Map<String, Integer> crowded = new HashMap<>();
        perClient.forEach((client, held) -> {
            if (held >= bar) {
                crowded.put(client, held);
            }
        });
        return crowded;
    }
}
