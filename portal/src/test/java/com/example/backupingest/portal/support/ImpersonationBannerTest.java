package com.example.backupingest.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The banner is there exactly while an agent acts as a customer. (Texts: Playwright, after the merge.) */
@BackendTest
class ImpersonationBannerTest {

    @Autowired CurrentUser currentUser;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private PortalUser agent;
    private PortalUser customer;

    @BeforeEach
    void setUp() {
        var testAccounts = new TestAccounts(jdbc, provisioning);
        agent = testAccounts.support();
        customer = testAccounts.customer("Banner GmbH", 1, 100);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_banner_shows_while_an_agent_acts_as_a_customer() {
        TestAccounts.impersonate(agent, customer);
        var banner = new ImpersonationBanner(currentUser, accounts);

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getClassNames()).contains("impersonation-banner");
    }

    @Test
    void the_banner_is_hidden_for_the_customer_and_for_the_agent_alone() {
        TestAccounts.signIn(customer);
        assertThat(new ImpersonationBanner(currentUser, accounts).isVisible()).isFalse();
        TestAccounts.signIn(agent);
        assertThat(new ImpersonationBanner(currentUser, accounts).isVisible()).isFalse();
    }
}
