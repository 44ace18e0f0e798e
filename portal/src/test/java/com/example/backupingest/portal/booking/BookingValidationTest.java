package com.example.backupingest.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackendTest
class BookingValidationTest {

    @Autowired BookingService bookings;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private PortalUser customer;

    @BeforeEach
    void signIn() {
        customer = new TestAccounts(jdbc, provisioning).customer("Prüfstand GmbH", 2, 800);
        TestAccounts.signIn(customer);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static Stream<Arguments> badDrafts() {
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "Sprache " + i).toList();
        return Stream.of(
                arguments("no contents", new BookingDraft(BookingMode.PARALLEL, List.of(), true),
                        BookingProblem.of("contents", "booking.error.contents.none")),
                arguments("blank name", draft("Saal 1", "   "),
                        BookingProblem.of("contents[1]", "booking.error.name.blank")),
                arguments("name longer than 60", draft("x".repeat(61)),
                        BookingProblem.of("contents[0]", "booking.error.name.tooLong", 60)),
                arguments("duplicate ignoring case and spaces", draft("Saal 1", "  saal   1 "),
                        BookingProblem.of("contents[1]", "booking.error.name.duplicate")),
                arguments("more contents than 20 slots hold", draft(eleven.toArray(String[]::new)),
                        BookingProblem.of("contents", "booking.error.contents.tooMany", 10)),
                arguments("terms not accepted", new BookingDraft(BookingMode.STANDBY, List.of("Saal 1"), false),
                        BookingProblem.of("terms", "booking.error.terms")),
                arguments("no mode", nullMode(), BookingProblem.of("mode", "booking.error.mode")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void bad_draft_is_rejected_with_its_message_and_saves_nothing(String label, BookingDraft draft,
            BookingProblem expected) {
        Map<String, Long> before = rowCounts();

        assertThat(bookings.validate(draft)).containsExactly(expected);
        assertThatThrownBy(() -> bookings.book(draft, Locale.GERMAN))
                .isInstanceOfSatisfying(BookingRejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(expected));

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void names_exactly_60_characters_long_and_ten_contents_are_fine() {
        List<String> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> i + "x".repeat(58)).toList();
        assertThat(bookings.validate(new BookingDraft(BookingMode.PARALLEL, ten, true))).isEmpty();
    }

    @Test
    void bad_change_leaves_the_booking_as_it_was() {
        BookingDetails booked = bookings.book(draft("Saal 1"), Locale.GERMAN);
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> bookings.change(draft("Saal 1", "SAAL 1"), Locale.GERMAN))
                .isInstanceOf(BookingRejectedException.class);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(bookings.active()).get().extracting(BookingDetails::contentNames, BookingDetails::updatedAt)
                .containsExactly(List.of("Saal 1"), booked.updatedAt());
    }

    @Test
    void booking_again_while_one_is_active_is_rejected_and_saves_nothing() {
        bookings.book(draft("Saal 1"), Locale.GERMAN);
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> bookings.book(draft("Saal 2"), Locale.GERMAN))
                .isInstanceOfSatisfying(BookingRejectedException.class, e -> assertThat(e.problems())
                        .extracting(BookingProblem::messageKey).containsExactly("booking.error.alreadyActive"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void changing_or_cancelling_without_an_active_booking_is_rejected() {
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> bookings.change(draft("Saal 1"), Locale.GERMAN))
                .isInstanceOfSatisfying(BookingRejectedException.class, e -> assertThat(e.problems())
                        .extracting(BookingProblem::messageKey).containsExactly("booking.error.noneActive"));
        assertThatThrownBy(() -> bookings.cancel(Locale.GERMAN))
                .isInstanceOfSatisfying(BookingRejectedException.class, e -> assertThat(e.problems())
                        .extracting(BookingProblem::messageKey).containsExactly("booking.error.noneActive"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    private Map<String, Long> rowCounts() {
        return Stream.of("booking", "booking_revision", "content", "stream_key").collect(
                java.util.stream.Collectors.toMap(t -> t,
                        t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()));
    }

    static BookingDraft draft(String... names) {
        return new BookingDraft(BookingMode.PARALLEL, List.of(names), true);
    }

    @SuppressWarnings("DataFlowIssue") // a form can hand over a draft without mode
    private static BookingDraft nullMode() {
        return new BookingDraft(null, List.of("Saal 1"), true);
    }
}
