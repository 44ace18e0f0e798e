package com.example.backupingest.portal.account;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Clears this thread's SecurityContext after every test, so no sign-in leaks into the next test. */
public final class SignOutAfterEach implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        TestAccounts.signOut();
    }
}
