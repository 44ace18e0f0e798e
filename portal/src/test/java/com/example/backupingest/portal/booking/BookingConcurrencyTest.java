package com.example.backupingest.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackendTest
class BookingConcurrencyTest {

    @Autowired BookingService bookings;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    @Test
    void two_simultaneous_confirmations_make_one_booking() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc, provisioning);
        for (int round = 0; round < 5; round++) {
            PortalUser customer = accounts.customer("Doppelklick GmbH " + round, 1, 800);

            List<Object> outcomes = confirmTwiceAtOnce(customer,
                    new BookingDraft(BookingMode.PARALLEL, List.of("Livestream", "Zweitsprache"), true));

            assertThat(outcomes).filteredOn(BookingDetails.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(BookingRejectedException.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((BookingRejectedException) e).problems())
                            .extracting(BookingProblem::messageKey).containsExactly("booking.error.alreadyActive"));
            long accountId = customer.accountId();
            assertThat(count("select count(*) from booking where account_id = ?", accountId)).isEqualTo(1);
            assertThat(count("select count(*) from booking_revision r join booking b on b.id = r.booking_id"
                    + " where b.account_id = ?", accountId)).isEqualTo(1);
            assertThat(count("select count(*) from content where account_id = ? and active = true", accountId))
                    .isEqualTo(2);
            assertThat(count("select count(*) from stream_key k join content c on c.id = k.content_id"
                    + " where c.account_id = ? and k.revoked_at is null", accountId)).isEqualTo(4);
        }
    }

    @Test
    void database_itself_refuses_a_second_active_booking_of_one_account() {
        long accountId = new TestAccounts(jdbc, provisioning).customer("Ohne Sperre AG", 1, 100).accountId();
        String insert = "insert into booking (account_id, mode, status, active_account_id, extra_slots, created_at,"
                + " updated_at, last_changed_by) values (?, 'STANDBY', 'ACTIVE', ?, 0, ?, ?, 'test')";
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql(insert).params(accountId, accountId, now, now).update();

        assertThatThrownBy(() -> jdbc.sql(insert).params(accountId, accountId, now, now).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    private List<Object> confirmTwiceAtOnce(PortalUser customer, BookingDraft draft) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Object> confirm = () -> {
            TestAccounts.signIn(customer);
            try {
                ready.countDown();
                go.await();
                return bookings.book(draft, Locale.GERMAN);
            } catch (BookingRejectedException rejected) {
                return rejected;
            } finally {
                TestAccounts.signOut();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = List.of(pool.submit(confirm), pool.submit(confirm));
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, long accountId) {
        return jdbc.sql(sql).param(accountId).query(Long.class).single();
    }
}
