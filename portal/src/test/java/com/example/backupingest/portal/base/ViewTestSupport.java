package com.example.backupingest.portal.base;

import static org.mockito.Mockito.when;

import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.account.AccountSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless view tests: English UI, and the signed-in customer's account (2 slots, 2,500 seats). */
@PortalTestContext
public abstract class ViewTestSupport extends SpringBrowserlessTest {

    public static final AccountSummary ACCOUNT = new AccountSummary(7, "K-1007", "Kongress Media AG",
            "events@kongress.example", "Business", 2500, 2, Locale.GERMAN);

    @Autowired
    protected AccountService accounts;

    @BeforeEach
    void englishAndAccount() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        when(accounts.current()).thenReturn(ACCOUNT);
    }
}
