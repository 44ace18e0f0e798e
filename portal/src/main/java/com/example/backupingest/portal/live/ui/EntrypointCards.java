package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.event.PublishEnded;
import com.example.backupingest.monitor.health.EntrypointHealth;
import com.example.backupingest.portal.live.LiveSnapshot;
import com.example.backupingest.portal.live.PublishEndedHealth;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two entrypoint cards. A publish end shows at once (the monitor's health poll confirms it up
 * to a second later); until then a snapshot that still shows the old publish does not flip it back.
 */
class EntrypointCards extends Div {

    private final Map<Entrypoint, EntrypointCard> cards = new EnumMap<>(Entrypoint.class);
    private final Map<Entrypoint, PublishEnded> ends = new EnumMap<>(Entrypoint.class);
    private @Nullable LiveSnapshot last;

    EntrypointCards(Clock clock) {
        addClassName("live-cards");
        for (Entrypoint e : Entrypoint.values()) {
            cards.put(e, new EntrypointCard(e, clock));
            add(cards.get(e));
        }
    }

    void apply(LiveSnapshot snapshot) {
        last = snapshot;
        cards.forEach((e, card) -> card.show(effective(e, snapshot.health(e)), snapshot.bitrates(e)));
    }

    void healthChanged(EntrypointHealth health) {
        Entrypoint e = health.entrypoint();
        cards.get(e).show(effective(e, Optional.of(health)), bitrates(e));
    }

    void publishEnded(PublishEnded ended) {
        if (last != null) {
            ends.put(ended.entrypoint(), ended);
            cards.get(ended.entrypoint()).show(Optional.of(PublishEndedHealth.of(ended, last)),
                    bitrates(ended.entrypoint()));
        }
    }

    /** The monitor's health, unless it predates a publish end the page already knows of. */
    private Optional<EntrypointHealth> effective(Entrypoint e, Optional<EntrypointHealth> reported) {
        PublishEnded ended = ends.get(e);
        if (ended == null || last == null) {
            return reported;
        }
        if (reported.isPresent() && PublishEndedHealth.stale(reported.get(), ended)) {
            return Optional.of(PublishEndedHealth.of(ended, last));
        }
        ends.remove(e);
        return reported;
    }

    private List<Long> bitrates(Entrypoint e) {
        return last == null ? List.of() : last.bitrates(e);
    }
}
