package com.example.backupingest.portal.account;

import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.Role;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;

/**
 * Test fixture: fresh accounts with a user each (unique per call, so tests never share data),
 * and sign-in helpers that put a {@link PortalUser} into this thread's SecurityContext.
 */
public final class TestAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ContentProvisioning provisioning;

    public TestAccounts(JdbcClient jdbc, ContentProvisioning provisioning) {
        this.jdbc = jdbc;
        this.provisioning = provisioning;
    }

    /** A customer account with its default content and a user; returns the user. */
    public PortalUser customer(String company, int livestreamSlots, int viewerSeats) {
        String token = token();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (number, company_name, contact_email, base_plan, viewer_seats,"
                        + " livestream_slots, locale) values (?, ?, ?, 'Streaming T', ?, ?, 'de')")
                .params("T-" + token, company, "contact-" + token + "@test.example", viewerSeats,
                        livestreamSlots)
                .update(keys, "id");
        long accountId = Objects.requireNonNull(keys.getKeyAs(Long.class));
        String username = "customer-" + token;
        insertUser(username, Role.CUSTOMER, accountId);
        provisioning.ensureDefaultContent(accountId);
        return new PortalUser(username, null, Role.CUSTOMER, accountId, company, Locale.GERMAN);
    }

    public PortalUser support() {
        String username = "agent-" + token();
        insertUser(username, Role.SUPPORT, null);
        return new PortalUser(username, null, Role.SUPPORT, null, "Agent", Locale.ENGLISH);
    }

    /** Unique also across runs on a kept database: 12 random hex digits. */
    private static String token() {
        return HexFormat.of().toHexDigits(RANDOM.nextLong()).substring(4);
    }

    public static void signIn(PortalUser user) {
        setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The customer's session as Spring's SwitchUserFilter creates it for a support agent. */
    public static void impersonate(PortalUser agent, PortalUser customer) {
        Authentication source = UsernamePasswordAuthenticationToken.authenticated(agent, null, agent.getAuthorities());
        List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(Role.CUSTOMER.authority()),
                new SwitchUserGrantedAuthority("ROLE_PREVIOUS_ADMINISTRATOR", source));
        setAuthentication(UsernamePasswordAuthenticationToken.authenticated(customer, null, authorities));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void setAuthentication(Authentication authentication) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    private void insertUser(String username, Role role, Long accountId) {
        jdbc.sql("insert into app_user (username, password_hash, role, account_id, display_name, locale)"
                        + " values (?, '{noop}unused', ?, ?, ?, 'de')")
                .params(username, role.name(), accountId, username)
                .update();
    }
}
