package com.example.backupingest.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The switch through the real filters: POST only, CSRF, SUPPORT only, reason required, audited. */
@SupportWebTest
class ImpersonationHttpTest {

    private static final String SWITCH = ImpersonationConfigurer.SWITCH_URL;
    private static final String EXIT = ImpersonationConfigurer.EXIT_URL;

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired CurrentUser currentUser;
    @Autowired BookingService bookings;
    @Autowired StreamSetupService streamSetup;

    private MockMvc mvc;
    private PortalUser agent;
    private PortalUser customer;
    private String account;

    @BeforeEach
    void setUp() {
        // Built by hand: Boot 4's MockMvc auto-configuration lives in an artifact the portal does not need.
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        TestAccounts accounts = new TestAccounts(jdbc, provisioning);
        agent = accounts.support();
        customer = accounts.customer("Nordwind Medien GmbH", 2, 800);
        account = Long.toString(customer.accountId());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void an_agent_switches_with_post_reason_and_csrf_and_acts_as_the_customer() throws Exception {
        MvcResult result = mvc.perform(post(SWITCH).with(user(agent)).with(csrf())
                        .param("account", account).param("reason", "Ticket #4711"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn();

        Authentication switched = sessionAuthentication(result.getRequest().getSession(false));
        assertThat(switched.getPrincipal()).isInstanceOfSatisfying(PortalUser.class,
                u -> assertThat(u.getUsername()).isEqualTo(customer.getUsername()));
        signInAs(switched);
        assertThat(currentUser.impersonatingAgent()).contains(agent.getUsername());
        assertThat(currentUser.actor().supportAgent()).isEqualTo(agent.getUsername());
        String contentId = streamSetup.contents().getFirst().contentId();
        assertThatThrownBy(() -> streamSetup.revealKey(contentId, Entrypoint.PRIMARY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditActions()).containsExactly(AuditAction.IMPERSONATION_STARTED);
    }

    /** What ImpersonationForms relies on: a Vaadin request (not CSRF-checked) still carries the session's token. */
    @Test
    void the_csrf_token_of_a_vaadin_request_lets_the_form_post_switch() throws Exception {
        MockHttpSession session = new MockHttpSession();
        AtomicReference<MockHttpServletRequest> vaadinRequest = new AtomicReference<>();
        catchThrowable(() -> mvc.perform(post("/").param("v-r", "uidl").session(session).with(user(agent))
                .with(request -> {
                    vaadinRequest.set(request);
                    return request;
                })));
        CsrfToken token = (CsrfToken) vaadinRequest.get().getAttribute(CsrfToken.class.getName());
        assertThat(token).as("CSRF token on a Vaadin request").isNotNull();

        mvc.perform(post(SWITCH).session(session).with(user(agent)).param(token.getParameterName(), token.getToken())
                        .param("account", account).param("reason", "Ticket #4711"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        assertThat(sessionAuthentication(session).getName()).isEqualTo(customer.getUsername());
    }

    @Test
    void a_customer_calling_the_switch_endpoint_gets_403() throws Exception {
        PortalUser other = new TestAccounts(jdbc, provisioning).customer("Andere AG", 1, 100);
        mvc.perform(post(SWITCH).with(user(other)).with(csrf()).param("account", account).param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(auditActions()).isEmpty();
    }

    @Test
    void a_get_never_switches() {
        MockHttpSession session = new MockHttpSession();
        Throwable passedOn = catchThrowable(() -> mvc.perform(get(SWITCH).session(session).with(user(agent))
                .param("account", account).param("reason", "Ticket #4711")));

        // The switch filter handed the GET on to the application: Vaadin's servlet, absent in MockMvc.
        assertThat(passedOn).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).hasMessageContaining("springServlet"));
        assertNotSwitched(session);
    }

    @Test
    void an_agent_cannot_impersonate_another_agent() throws Exception {
        PortalUser otherAgent = new TestAccounts(jdbc, provisioning).support();
        MvcResult result = mvc.perform(post(SWITCH).with(user(agent)).with(csrf())
                        .param("account", otherAgent.getUsername()).param("reason", "Ticket #4711"))
                .andExpect(redirectedUrl(ImpersonationRedirects.REFUSED)).andReturn();

        assertNotSwitched(result);
        assertThat(countAuditRowsOf(otherAgent.getUsername())).isZero();
    }

    @Test
    void a_missing_reason_is_refused() throws Exception {
        for (String reason : new String[] {null, "", "   "}) {
            var request = post(SWITCH).with(user(agent)).with(csrf()).param("account", account);
            MvcResult result = mvc.perform(reason == null ? request : request.param("reason", reason))
                    .andExpect(redirectedUrl(ImpersonationRedirects.REFUSED)).andReturn();
            assertNotSwitched(result);
        }
    }

    @Test
    void the_switch_without_csrf_token_is_refused() throws Exception {
        MvcResult result = mvc.perform(post(SWITCH).with(user(agent)).param("account", account)
                .param("reason", "Ticket #4711")).andExpect(status().isForbidden()).andReturn();
        assertNotSwitched(result);
    }

    @Test
    void no_impersonation_inside_an_impersonation() throws Exception {
        MockHttpSession session = switched();
        PortalUser second = new TestAccounts(jdbc, provisioning).customer("Zweite GmbH", 1, 100);

        mvc.perform(post(SWITCH).session(session).with(csrf()).param("account", Long.toString(second.accountId()))
                .param("reason", "Ticket #4712")).andExpect(status().isForbidden());
        assertThat(sessionAuthentication(session).getName()).isEqualTo(customer.getUsername());
    }

    @Test
    void exit_returns_the_agent() throws Exception {
        MockHttpSession session = switched();

        mvc.perform(post(EXIT).session(session).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl(ImpersonationRedirects.AGENT_HOME));

        Authentication back = sessionAuthentication(session);
        assertThat(back.getName()).isEqualTo(agent.getUsername());
        signInAs(back);
        assertThat(currentUser.isImpersonating()).isFalse();
        assertThat(auditActions()).containsExactly(AuditAction.IMPERSONATION_ENDED, AuditAction.IMPERSONATION_STARTED);
    }

    @Test
    void switch_booking_and_exit_are_audited_in_order_with_both_identities() throws Exception {
        MockHttpSession session = switched();
        signInAs(sessionAuthentication(session));
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Hauptbühne"), true), Locale.GERMAN);
        TestAccounts.signOut();
        mvc.perform(post(EXIT).session(session).with(csrf())).andExpect(status().isFound());

        List<AuditEntry> entries = jdbcAudit().reversed();
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.IMPERSONATION_STARTED,
                AuditAction.BOOKED, AuditAction.IMPERSONATION_ENDED);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.agent()).isEqualTo(agent.getUsername());
            assertThat(e.customerUsername()).isEqualTo(customer.getUsername());
            assertThat(e.reason()).isEqualTo("Ticket #4711");
            assertThat(e.sessionMarker()).isEqualTo(entries.getFirst().sessionMarker()).isNotNull();
        });
        assertThat(entries.get(1).detail()).contains("Hauptbühne", "PARALLEL");
        assertThat(entries.get(2).detail()).isEqualTo(EndCause.EXIT.name());
    }

    private MockHttpSession switched() throws Exception {
        MvcResult result = mvc.perform(post(SWITCH).with(user(agent)).with(csrf())
                        .param("account", account).param("reason", "Ticket #4711"))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private void assertNotSwitched(MvcResult result) {
        assertNotSwitched(result.getRequest().getSession(false));
    }

    private void assertNotSwitched(@Nullable HttpSession session) {
        @Nullable SecurityContext context = session == null ? null : (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context != null && context.getAuthentication() != null) {
            assertThat(context.getAuthentication().getName()).isEqualTo(agent.getUsername());
        }
        assertThat(auditActions()).isEmpty();
    }

    private static Authentication sessionAuthentication(@Nullable HttpSession session) {
        assertThat(session).isNotNull();
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context).isNotNull();
        return context.getAuthentication();
    }

    private static void signInAs(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    private List<AuditAction> auditActions() {
        return jdbcAudit().stream().map(AuditEntry::action).toList();
    }

    /** Newest first, like the log's own reads; as support, who may read any account. */
    private List<AuditEntry> jdbcAudit() {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signIn(agent);
        try {
            return context.getBean(SupportAuditLog.class).forAccount(customer.accountId());
        } finally {
            if (before == null) {
                TestAccounts.signOut();
            } else {
                signInAs(before);
            }
        }
    }

    private long countAuditRowsOf(String username) {
        return jdbc.sql("select count(*) from support_audit where customer_username = ?").param(username)
                .query(Long.class).single();
    }
}
