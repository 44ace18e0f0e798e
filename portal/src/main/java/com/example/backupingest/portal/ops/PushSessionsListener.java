package com.example.backupingest.portal.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Counts UIs from creation to detach (closed tab, expired session) into {@link PushSessions}. */
final class PushSessionsListener implements VaadinServiceInitListener {

    private final PushSessions sessions;

    PushSessionsListener(PushSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> track(init.getUI()));
    }

    void track(UI ui) {
        sessions.attached(ui);
        ui.addDetachListener(detach -> sessions.detached(ui));
    }
}
