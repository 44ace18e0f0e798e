package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.viewer.TicketKind;
import com.example.backupingest.monitor.viewer.ViewerTickets;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the Live page asks, always for the signed-in (or impersonated) account: its contents, a
 * snapshot, a push subscription, pipeline problems and the failover drill. A content id of another
 * account is refused, whatever the route says.
 */
public class LiveService {

    private static final Logger log = LoggerFactory.getLogger(LiveService.class);

    private final StreamSetupService setup;
    private final BookingService bookings;
    private final CurrentUser currentUser;
    private final HealthSource source;
    private final LiveSnapshots snapshots;
    private final LiveFanout fanout;
    private final LiveProperties properties;
    private final @Nullable ViewerTickets tickets;

    LiveService(StreamSetupService setup, BookingService bookings, CurrentUser currentUser, HealthSource source,
            LiveSnapshots snapshots, LiveFanout fanout, LiveProperties properties, @Nullable ViewerTickets tickets) {
        this.setup = setup;
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.source = source;
        this.snapshots = snapshots;
        this.fanout = fanout;
        this.properties = properties;
        this.tickets = tickets;
    }

    /**
     * Where the owner's preview player loads the content's edge stream: with a preview ticket (it
     * holds no viewer seat and stays valid for hours, so a page opened before the broadcast works).
     */
    public String previewPlaylist(String contentId) {
        requireOwn(contentId);
        return properties.previewPlaylist(contentId, tickets == null ? null
                : tickets.issue(contentId, "edge-1", "preview-" + currentUser.requireAccountId(), TicketKind.PREVIEW));
    }

    public List<ContentSetup> contents() {
        return setup.contents();
    }

    public LiveSnapshot snapshot(String contentId) {
        requireOwn(contentId);
        return snapshots.of(contentId);
    }

    /** Pushes events and ticks of one own content to {@code listener}, through {@code access}. */
    public AutoCloseable watch(String contentId, LiveFanout.UiAccess access, Consumer<LiveUpdate> listener) {
        requireOwn(contentId);
        return fanout.register(currentUser.requireAccountId(), contentId, access, listener);
    }

    /** Why live health is unavailable (e.g. what to install); empty when it is available. */
    public List<String> problems() {
        return source.problems();
    }

    public boolean parallelBooked() {
        return bookings.active().map(BookingDetails::mode).filter(BookingMode.PARALLEL::equals).isPresent();
    }

    /** A support agent acts for the customer: what needs the customer's stream keys is not offered. */
    public boolean supportActing() {
        return currentUser.isImpersonating();
    }

    /** False when the pipeline runs on other hosts: the drill is then not offered. */
    public boolean drillsSupported() {
        return source.drillsSupported();
    }

    /**
     * Drops the publisher on the entrypoint the edges serve from now (primary when unknown), so the
     * customer can watch the switch. False when nothing published there.
     */
    public boolean drill(String contentId) {
        requireOwn(contentId);
        Entrypoint active = snapshots.of(contentId).edges().stream()
                .map(EdgeSource::active).filter(java.util.Objects::nonNull).findFirst().orElse(Entrypoint.PRIMARY);
        boolean dropped = source.drill(contentId, active);
        log.info("failover drill of {} on {} by {}: {}", contentId, active, currentUser.actor().username(),
                dropped ? "publisher dropped" : "nothing published there");
        return dropped;
    }

    private void requireOwn(String contentId) {
        if (setup.contents().stream().noneMatch(c -> c.contentId().equals(contentId))) {
            throw new AccessDeniedException("no content " + contentId + " in this account");
        }
    }
}
