package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.StateChanging;
import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.security.AuditDetail;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
    private final @Nullable TicketIssuer tickets;
    private final Duration previewValidity;

    LiveService(StreamSetupService setup, BookingService bookings, CurrentUser currentUser, HealthSource source,
            LiveSnapshots snapshots, LiveFanout fanout, LiveProperties properties, @Nullable TicketIssuer tickets,
            Duration previewValidity) {
        this.setup = setup;
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.source = source;
        this.snapshots = snapshots;
        this.fanout = fanout;
        this.properties = properties;
        this.tickets = tickets;
        this.previewValidity = previewValidity;
    }

    /**
     * The thumbnails of one own content, checked now and bound to it: the Live page's images load
     * them in their own requests, later, like the preview ticket renewal.
     */
    @ReadsOnly
    public LiveThumbnails thumbnails(String contentId) {
        requireOwn(contentId);
        return entrypoint -> source.thumbnail(contentId, entrypoint);
    }

    /**
     * Where the owner's preview player loads the content's edge stream: with a preview ticket that
     * holds no viewer seat and lives {@code previewValidity} (a minute); the open Live page renews it
     * every third of that through {@link PreviewTickets#next()}, bound to this account and content now
     * (the renewal runs in push callbacks, without the signed-in user).
     */
    @ReadsOnly
    public PreviewTickets preview(String contentId) {
        requireOwn(contentId);
        TicketIssuer issuer = tickets;
        if (issuer == null) {
            return new PreviewTickets(properties.previewPlaylist(contentId), null, previewValidity);
        }
        String viewer = "preview-" + currentUser.requireAccountId();
        Supplier<String> next = () -> issuer.issue(contentId, "edge-1", viewer, TicketKind.PREVIEW, previewValidity);
        return new PreviewTickets(properties.previewPlaylist(contentId, next.get()), next,
                previewValidity.dividedBy(3));
    }

    @ReadsOnly
    public List<ContentSetup> contents() {
        return setup.contents();
    }

    @ReadsOnly
    public LiveSnapshot snapshot(String contentId) {
        requireOwn(contentId);
        return snapshots.of(contentId);
    }

    /** Pushes events and ticks of one own content to {@code listener}, through {@code access}. */
    @ReadsOnly
    public AutoCloseable watch(String contentId, LiveFanout.UiAccess access, Consumer<LiveUpdate> listener) {
        requireOwn(contentId);
        return fanout.register(currentUser.requireAccountId(), contentId, access, listener);
    }

    /** Why live health is unavailable (e.g. what to install); empty when it is available. */
    @ReadsOnly
    public List<String> problems() {
        return source.problems();
    }

    @ReadsOnly
    public boolean parallelBooked() {
        return bookings.active().map(BookingDetails::mode).filter(BookingMode.PARALLEL::equals).isPresent();
    }

    /** A support agent acts for the customer: what needs the customer's stream keys is not offered. */
    @ReadsOnly
    public boolean supportActing() {
        return currentUser.isImpersonating();
    }

    /** False when the pipeline runs on other hosts: the drill is then not offered. */
    @ReadsOnly
    public boolean drillsSupported() {
        return source.drillsSupported();
    }

    /** What a drill did: started, refused because nothing would take over, or nothing to disconnect. */
    public enum DrillResult {
        STARTED, OTHER_NOT_RECEIVING, NOTHING_PUBLISHED
    }

    /**
     * Drops the publisher on the entrypoint the edges serve from now (primary when unknown), so the
     * customer can watch the switch. Refused while the other entrypoint receives no stream: the drill
     * would take the broadcast off the air instead of switching (the first soak's 20 s outage).
     */
    @StateChanging("FAILOVER_DRILL")
    public DrillResult drill(@AuditDetail String contentId) {
        requireOwn(contentId);
        Entrypoint active = snapshots.of(contentId).edges().stream()
                .map(EdgeSource::active).filter(java.util.Objects::nonNull).findFirst().orElse(Entrypoint.PRIMARY);
        DrillResult result = !source.receiving(contentId, active.other()) ? DrillResult.OTHER_NOT_RECEIVING
                : source.drill(contentId, active) ? DrillResult.STARTED : DrillResult.NOTHING_PUBLISHED;
        log.info("failover drill of {} on {} by {}: {}", contentId, active, currentUser.actor().describe(),
                switch (result) {
                    case STARTED -> "publisher dropped";
                    case OTHER_NOT_RECEIVING -> "refused, " + active.other() + " receives no stream";
                    case NOTHING_PUBLISHED -> "nothing published there";
                });
        return result;
    }

    private void requireOwn(String contentId) {
        if (setup.contents().stream().noneMatch(c -> c.contentId().equals(contentId))) {
            throw new AccessDeniedException("no content " + contentId + " in this account");
        }
    }
}
