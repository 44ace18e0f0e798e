package com.example.backupingest.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@BackendTest
class AccountServiceTest {

    @Autowired AccountService accountService;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private TestAccounts accounts;

    @BeforeEach
    void fixture() {
        accounts = new TestAccounts(jdbc, provisioning);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void customer_reads_own_account() {
        PortalUser customer = accounts.customer("Alpen Kongress GmbH", 2, 1500);
        TestAccounts.signIn(customer);

        AccountSummary account = accountService.current();

        assertThat(account.id()).isEqualTo(customer.accountId());
        assertThat(account.companyName()).isEqualTo("Alpen Kongress GmbH");
        assertThat(account.livestreamSlots()).isEqualTo(2);
        assertThat(account.viewerSeats()).isEqualTo(1500);
        assertThat(account.locale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void customers_may_neither_get_nor_search_accounts() {
        PortalUser a = accounts.customer("Customer A", 1, 100);
        PortalUser b = accounts.customer("Customer B", 1, 100);
        TestAccounts.signIn(a);

        assertThatThrownBy(() -> accountService.get(b.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.get(a.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.search("Customer")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void impersonating_support_acts_as_the_customer_not_as_support() {
        PortalUser customer = accounts.customer("Impersonated AG", 1, 100);
        PortalUser other = accounts.customer("Other AG", 1, 100);
        TestAccounts.impersonate(accounts.support(), customer);

        assertThat(accountService.current().id()).isEqualTo(customer.accountId());
        assertThatThrownBy(() -> accountService.get(other.accountId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void support_finds_accounts_by_company_email_or_number_ignoring_case() {
        PortalUser customer = accounts.customer("Zebra Zirkus Streaming KG", 1, 100);
        TestAccounts.signIn(accounts.support());
        AccountSummary account = accountService.get(customer.accountId());

        assertThat(accountService.search("zebra zirkus")).extracting(AccountSummary::id).contains(account.id());
        assertThat(accountService.search(account.contactEmail().toUpperCase(Locale.ROOT)))
                .extracting(AccountSummary::id).containsExactly(account.id());
        assertThat(accountService.search(account.number().toLowerCase(Locale.ROOT)))
                .extracting(AccountSummary::id).containsExactly(account.id());
        assertThat(accountService.search("zebra_zirkus")).as("_ is no wildcard").isEmpty();
    }
}
