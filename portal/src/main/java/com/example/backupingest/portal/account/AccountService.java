package com.example.backupingest.portal.account;

import com.example.backupingest.portal.security.ReadsOnly;
import java.util.List;

/** Reads accounts. Customers see only their own; support may look any up. */
public interface AccountService {

    /** The account of the signed-in (or impersonated) customer. */
    @ReadsOnly
    AccountSummary current();

    /** SUPPORT only. */
    AccountSummary get(long accountId);

    /** SUPPORT only: by company, e-mail or account number, case-insensitive, at most 50. */
    @ReadsOnly
    List<AccountSummary> search(String query);
}
