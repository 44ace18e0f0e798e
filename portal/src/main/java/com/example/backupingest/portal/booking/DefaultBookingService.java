package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.pricing.PriceBreakdown;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write locks the account row first, so writes to one account run one after the other; the
 * unique {@code active_account_id} column is the second guard should a lock ever be missed.
 * Each write records a revision and publishes a {@link BookingEvent} inside the transaction.
 */
@Service
@Transactional
class DefaultBookingService implements BookingService {

    private static final Logger log = LoggerFactory.getLogger(DefaultBookingService.class);

    private final BookingRepository bookings;
    private final AccountDirectory accounts;
    private final DraftValidator validator;
    private final BookingCalculator calculator;
    private final ContentProvisioning provisioning;
    private final StreamSetupService streamSetup;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultBookingService(BookingRepository bookings, AccountDirectory accounts, DraftValidator validator,
            BookingCalculator calculator, ContentProvisioning provisioning, StreamSetupService streamSetup,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.accounts = accounts;
        this.validator = validator;
        this.calculator = calculator;
        this.provisioning = provisioning;
        this.streamSetup = streamSetup;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BookingProblem> validate(BookingDraft draft) {
        return validator.validate(draft);
    }

    @Override
    @Transactional(readOnly = true)
    public BookingQuote quote(BookingDraft draft) {
        return calculator.quote(account(), DraftValidator.names(draft));
    }

    @Override
    public BookingDetails book(BookingDraft draft, Locale locale) {
        List<String> names = requireValid(draft);
        AccountSummary account = accounts.lockForUpdate(currentUser.requireAccountId());
        if (bookings.findActive(account.id()).isPresent()) {
            throw rejected("booking.error.alreadyActive");
        }
        BookingQuote quote = calculator.quote(account, names);
        Actor actor = currentUser.actor();
        Instant now = now();
        long id;
        try {
            id = bookings.insertActive(account.id(), draft.mode(), quote.slots().extraSlots(), now, actor);
        } catch (DuplicateKeyException concurrentBooking) {
            throw rejected("booking.error.alreadyActive");
        }
        bookings.setReference(id, reference(now, id));
        return record(BookingAction.BOOKED, bookings.get(id), account, names, contentIds(draft), quote.price(), actor,
                locale);
    }

    @Override
    public BookingDetails change(BookingDraft draft, Locale locale) {
        List<String> names = requireValid(draft);
        AccountSummary account = accounts.lockForUpdate(currentUser.requireAccountId());
        BookingRow row = bookings.findActive(account.id()).orElseThrow(() -> rejected("booking.error.noneActive"));
        BookingQuote quote = calculator.quote(account, names);
        Actor actor = currentUser.actor();
        bookings.change(row, draft.mode(), quote.slots().extraSlots(), now(), actor);
        return record(BookingAction.CHANGED, bookings.get(row.id()), account, names, contentIds(draft), quote.price(),
                actor, locale);
    }

    @Override
    public BookingDetails cancel(Locale locale) {
        AccountSummary account = accounts.lockForUpdate(currentUser.requireAccountId());
        BookingRow row = bookings.findActive(account.id()).orElseThrow(() -> rejected("booking.error.noneActive"));
        List<String> names = bookings.latestContentNames(row.id());
        Actor actor = currentUser.actor();
        bookings.cancel(row, now(), actor);
        Money zero = calculator.nothing();
        BookingRow cancelled = bookings.get(row.id());
        bookings.addRevision(row.id(), cancelled.updatedAt(), BookingAction.CANCELLED, row.mode(), names, 0, zero,
                zero, actor);
        // Without the add-on each content needs one slot: the base slots keep that many contents.
        provisioning.endBooking(account.id(), account.livestreamSlots());
        return publish(BookingAction.CANCELLED, calculator.details(cancelled, account, names), account, actor, locale);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BookingDetails> active() {
        AccountSummary account = account();
        return bookings.findActive(account.id())
                .map(row -> calculator.details(row, account, bookings.latestContentNames(row.id())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BookingHistoryEntry> history() {
        return bookings.history(currentUser.requireAccountId());
    }

    private BookingDetails record(BookingAction action, BookingRow row, AccountSummary account, List<String> names,
            List<String> contentIds, PriceBreakdown price, Actor actor, Locale locale) {
        bookings.addRevision(row.id(), row.updatedAt(), action, row.mode(), names, price.extraSlots(), price.net(),
                price.gross(), actor);
        provisioning.applyBooking(account.id(), names, contentIds);
        return publish(action, calculator.details(row, account, names), account, actor, locale);
    }

    private BookingDetails publish(BookingAction action, BookingDetails details, AccountSummary account, Actor actor,
            Locale locale) {
        events.publishEvent(new BookingEvent(action, account, details, streamSetup.contents(), actor, locale));
        log.info("{} {} for account {} by {}{}: {} contents, {} extra slots", action, details.reference(),
                account.number(), actor.username(), actor.bySupport() ? " (support " + actor.supportAgent() + ")" : "",
                details.contentNames().size(), details.price().extraSlots());
        return details;
    }

    /** The row's existing content ids, checked against the account's active contents (another account's: refused). */
    private List<String> contentIds(BookingDraft draft) {
        List<String> names = DraftValidator.names(draft);
        java.util.Set<String> own = new java.util.HashSet<>();
        streamSetup.contents().forEach(c -> own.add(c.contentId()));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String id = draft.contentId(i);
            if (!id.isEmpty() && !own.contains(id)) {
                throw rejected("booking.error.contentUnknown");
            }
            ids.add(id);
        }
        return ids;
    }

    private List<String> requireValid(BookingDraft draft) {
        List<BookingProblem> problems = validator.validate(draft);
        if (!problems.isEmpty()) {
            throw new BookingRejectedException(problems);
        }
        return DraftValidator.names(draft);
    }

    private AccountSummary account() {
        long id = currentUser.requireAccountId();
        return accounts.find(id).orElseThrow(() -> new NoSuchElementException("no account " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String reference(Instant createdAt, long id) {
        return "BI-%d-%06d".formatted(createdAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    private static BookingRejectedException rejected(String messageKey) {
        return new BookingRejectedException(List.of(BookingProblem.of("booking", messageKey)));
    }
}
