package com.example.backupingest.portal.live.ui;

import com.example.backupingest.portal.live.AlertSettings;
import com.example.backupingest.portal.live.DemoEncoders;
import com.example.backupingest.portal.live.LiveService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Failover drill (with confirmation), demo encoders (demo profile only) and the alert-mail opt-in. */
class LiveActions extends Div {

    private final String contentId;
    private final LiveService live;

    LiveActions(String contentId, LiveService live, AlertSettings alerts, @Nullable DemoEncoders demo) {
        this.contentId = contentId;
        this.live = live;
        addClassName("live-actions");
        Button drill = new Button(getTranslation("live.drill.button"), e -> confirmDrill());
        drill.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (!live.drillsSupported()) {
            // remote monitors do not take drill commands yet: say so instead of a button that cannot work
            drill.setEnabled(false);
            drill.setTooltipText(getTranslation("live.drill.remote"));
            drill.getElement().setAttribute("aria-description", getTranslation("live.drill.remote"));
        }
        add(drill);
        if (demo != null) {
            Button start = new Button(getTranslation("live.demo.start"), e -> {
                try {
                    demo.start(contentId);
                    Notification.show(getTranslation("live.demo.started"));
                } catch (AccessDeniedException denied) {
                    // the demo needs the real keys, which a support agent acting for the customer never gets
                    Notification.show(getTranslation("live.demo.customerOnly"));
                }
            });
            Button stop = new Button(getTranslation("live.demo.stop"), e -> demo.stop(contentId));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start, stop);
        }
        Checkbox mail = new Checkbox(getTranslation("live.alerts.checkbox"), alerts.enabled());
        mail.addValueChangeListener(e -> alerts.setEnabled(e.getValue()));
        add(mail);
    }

    private void confirmDrill() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("live.drill.title"), getTranslation("live.drill.text"),
                getTranslation("live.drill.confirm"), e -> drill());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("live.drill.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void drill() {
        boolean dropped = live.drill(contentId);
        Notification.show(getTranslation(dropped ? "live.drill.done" : "live.drill.nothing"));
    }
}
