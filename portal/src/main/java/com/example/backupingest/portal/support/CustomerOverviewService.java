package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.security.PortalUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support-only reads across accounts. The booking and stream-setup services answer only for the
 * signed-in customer's account, so support reads the few facts it needs itself, read-only.
 */
@Service
@Transactional(readOnly = true)
public class CustomerOverviewService {

    private static final int RECENT = 5;

    private final AccountService accounts;
    private final CustomerOverviewQueries queries;
    private final ImpersonationTargets targets;
    private final SupportAccess access;

    CustomerOverviewService(AccountService accounts, CustomerOverviewQueries queries, ImpersonationTargets targets,
            SupportAccess access) {
        this.accounts = accounts;
        this.queries = queries;
        this.targets = targets;
        this.access = access;
    }

    /** SUPPORT only: by company, e-mail or account number. */
    @PreAuthorize("hasRole('SUPPORT')")
    @ReadsOnly
    public List<AccountSummary> search(String query) {
        access.requireSupport();
        return accounts.search(query);
    }

    /** SUPPORT only. */
    @PreAuthorize("hasRole('SUPPORT')")
    @ReadsOnly
    public CustomerOverview overview(long accountId) {
        access.requireSupport();
        AccountSummary account = accounts.get(accountId);
        return new CustomerOverview(account, queries.activeAddOn(accountId).orElse(null),
                queries.activeContents(accountId), queries.recentBookings(accountId, RECENT),
                targets.find(accountId).map(PortalUser::getUsername).orElse(null));
    }
}
