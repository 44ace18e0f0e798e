package com.example.backupingest.portal.base.ui;

import com.example.backupingest.portal.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start address: customers go to the add-on page, support agents to their start page. */
@Route(value = "", autoLayout = false)
@PermitAll
class RootView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    RootView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.isSupport() && !currentUser.isImpersonating() ? "support" : "backup-ingest");
    }
}
