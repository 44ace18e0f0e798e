package com.example.backupingest.portal.e2e;

import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.Role;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data for the browser tests: accounts with a login (bcrypt password, unique names per call),
 * the keys and rows the assertions compare the pages with, and a booking made through the real
 * service for tests that need a booked account as a starting point.
 */
final class E2eAccounts {

    record Login(String username, String password, Role role, @Nullable Long accountId, String company,
            String number, String email) {

        long account() {
            return Objects.requireNonNull(accountId);
        }

        PortalUser user() {
            return new PortalUser(username, null, role, accountId, company, Locale.GERMAN);
        }
    }

    record StreamKey(String contentId, String contentName, String entrypoint, String key) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ContentProvisioning provisioning;
    private final BookingService bookings;

    E2eAccounts(JdbcClient jdbc, PasswordEncoder encoder, ContentProvisioning provisioning, BookingService bookings) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.provisioning = provisioning;
        this.bookings = bookings;
    }

    /** A customer account (with its default content) and its one customer login. */
    Login customer(String company, int livestreamSlots, int viewerSeats) {
        String token = token();
        String number = "E-" + token;
        String email = "kontakt-" + token + "@e2e.example";
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (number, company_name, contact_email, base_plan, viewer_seats,"
                        + " livestream_slots, locale) values (?, ?, ?, 'Streaming L', ?, ?, 'de')")
                .params(number, company, email, viewerSeats, livestreamSlots)
                .update(keys, "id");
        long accountId = Objects.requireNonNull(keys.getKeyAs(Long.class));
        provisioning.ensureDefaultContent(accountId);
        Login login = new Login("kunde-" + token, "pw-" + token, Role.CUSTOMER, accountId, company, number, email);
        insertUser(login, company);
        return login;
    }

    Login support(String displayName) {
        String token = token();
        Login login = new Login("agent-" + token, "pw-" + token, Role.SUPPORT, null, "", "", "");
        insertUser(login, displayName);
        return login;
    }

    /** Books through the real service as this customer (the test thread's security context). */
    BookingDetails book(Login customer, List<String> names) {
        TestAccounts.signIn(customer.user());
        try {
            return bookings.book(new BookingDraft(BookingMode.PARALLEL, names, true), Locale.GERMAN);
        } finally {
            TestAccounts.signOut();
        }
    }

    /** The account's current (unrevoked) keys of its active contents, in content order. */
    List<StreamKey> keys(long accountId) {
        return jdbc.sql("select c.content_id, c.name, k.entrypoint, k.key_value from content c"
                        + " join stream_key k on k.content_id = c.id where c.account_id = ? and c.active"
                        + " and k.revoked_at is null order by c.position, k.entrypoint desc")
                .param(accountId)
                .query((rs, n) -> new StreamKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<String> activeContentNames(long accountId) {
        return jdbc.sql("select name from content where account_id = ? and active order by position")
                .param(accountId).query(String.class).list();
    }

    int count(String table, String column, Object value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value)
                .query(Integer.class).single();
    }

    int revisions(long accountId) {
        return jdbc.sql("select count(*) from booking_revision r join booking b on b.id = r.booking_id"
                + " where b.account_id = ?").param(accountId).query(Integer.class).single();
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    private void insertUser(Login login, String displayName) {
        jdbc.sql("insert into app_user (username, password_hash, role, account_id, display_name, locale)"
                        + " values (?, ?, ?, ?, ?, 'de')")
                .params(login.username(), encoder.encode(login.password()), login.role().name(), login.accountId(),
                        displayName)
                .update();
    }

    private static String token() {
        return HexFormat.of().toHexDigits(RANDOM.nextLong()).substring(6);
    }
}
