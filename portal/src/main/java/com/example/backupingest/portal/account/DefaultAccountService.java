package com.example.backupingest.portal.account;

import com.example.backupingest.portal.security.CurrentUser;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers read their own account; support looks accounts up. The support check runs in code
 * as well as in {@code @PreAuthorize}, so it holds even where method security is not enabled.
 */
@Service
@Transactional(readOnly = true)
class DefaultAccountService implements AccountService {

    private static final int SEARCH_LIMIT = 50;

    private final JdbcAccountDirectory directory;
    private final CurrentUser currentUser;

    DefaultAccountService(JdbcAccountDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    public AccountSummary current() {
        long id = currentUser.requireAccountId();
        return directory.find(id).orElseThrow(() -> new NoSuchElementException("no account " + id));
    }

    @Override
    @PreAuthorize("hasRole('SUPPORT')")
    public AccountSummary get(long accountId) {
        requireSupport();
        return directory.find(accountId).orElseThrow(() -> new NoSuchElementException("no account " + accountId));
    }

    @Override
    @PreAuthorize("hasRole('SUPPORT')")
    public List<AccountSummary> search(String query) {
        requireSupport();
        return directory.search(query, SEARCH_LIMIT);
    }

    private void requireSupport() {
        if (!currentUser.isSupport()) {
            throw new AccessDeniedException("support only");
        }
    }
}
