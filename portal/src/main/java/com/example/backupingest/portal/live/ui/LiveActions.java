package com.example.backupingest.portal.live.ui;

import com.example.backupingest.portal.base.CancelFirst;
import com.example.backupingest.portal.live.AlertSettings;
import com.example.backupingest.portal.live.DemoEncoderProperties;
import com.example.backupingest.portal.live.DemoEncoders;
import com.example.backupingest.portal.live.LiveService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Failover drill (with confirmation), demo encoders (demo profile only; for the customer, who owns
 * the keys they use) with the time they stop by themselves, and the alert-mail opt-in.
 */
class LiveActions extends Div {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final String contentId;
    private final LiveService live;
    private final ZoneId zone;
    private final Span demoStatus = new Span();
    private @Nullable Supplier<DemoEncoders.Status> demoState;
    private DemoEncoders.@Nullable Status shown;
    private long limitMinutes;

    LiveActions(String contentId, LiveService live, AlertSettings alerts, @Nullable DemoEncoders demo,
            DemoEncoderProperties demoProperties, ZoneId zone) {
        this.contentId = contentId;
        this.live = live;
        this.zone = zone;
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
        if (demo != null && live.supportActing()) {
            // the demo needs the real keys, which a support agent acting for the customer never gets
            Span customerOnly = new Span(getTranslation("live.demo.customerOnly"));
            customerOnly.addClassName("live-demo-status");
            add(customerOnly);
        } else if (demo != null) {
            demoState = demo.status(contentId);
            limitMinutes = Math.max(1, demoProperties.stopAfter().toMinutes());
            Button start = new Button(getTranslation("live.demo.start"), e -> {
                demo.start(contentId);
                Notification.show(getTranslation("live.demo.started"));
                refresh();
            });
            Button stop = new Button(getTranslation("live.demo.stop"), e -> {
                demo.stop(contentId);
                refresh();
            });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            demoStatus.addClassName("live-demo-status");
            demoStatus.getElement().setAttribute("data-testid", "demo-status");
            add(start, stop, demoStatus);
            refresh();
        }
        Checkbox mail = new Checkbox(getTranslation("live.alerts.checkbox"), alerts.enabled());
        mail.addValueChangeListener(e -> alerts.setEnabled(e.getValue()));
        add(mail);
    }

    /** Called on every tick: says until when the demo encoders run, or that they stopped after the limit. */
    void refresh() {
        if (demoState == null) {
            return;
        }
        DemoEncoders.Status now = demoState.get();
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        demoStatus.getElement().setAttribute("data-running", String.valueOf(now.running()));
        demoStatus.getElement().setAttribute("data-stopped-after-limit", String.valueOf(now.stoppedAfterLimit()));
        if (now.running() && now.stopsAt() != null) {
            demoStatus.setText(getTranslation("live.demo.runningUntil", CLOCK.format(now.stopsAt().atZone(zone)),
                    limitMinutes));
        } else if (now.stoppedAfterLimit()) {
            demoStatus.setText(getTranslation("live.demo.stoppedAfterLimit", limitMinutes));
        } else {
            demoStatus.setText("");
        }
    }

    private void confirmDrill() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("live.drill.title"), getTranslation("live.drill.text"),
                getTranslation("live.drill.confirm"), e -> drill());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("live.drill.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        CancelFirst.open(dialog);
    }

    private void drill() {
        boolean dropped = live.drill(contentId);
        Notification.show(getTranslation(dropped ? "live.drill.done" : "live.drill.nothing"));
    }
}
