package com.example.backupingest.portal.streamsetup.ui;

import com.example.backupingest.monitor.api.ContentCheck;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.converter.StringToIntegerConverter;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * One content's picture and sound checks: per check on/off and its seconds (1-30). Vaadin's Binder
 * converts and validates; a wrong value (0, 31, text) gets its error at the field and nothing is saved.
 */
class ContentChecksForm extends Div {

    /** The form's values while they are edited. */
    static final class Values {
        final Map<ContentCheck, Boolean> enabled = new EnumMap<>(ContentCheck.class);
        final Map<ContentCheck, Integer> seconds = new EnumMap<>(ContentCheck.class);

        Values(ContentChecks checks) {
            for (ContentCheck check : ContentCheck.values()) {
                enabled.put(check, checks.setting(check).enabled());
                seconds.put(check, (int) checks.setting(check).threshold().toSeconds());
            }
        }

        ContentChecks toChecks() {
            ContentChecks checks = ContentChecks.DEFAULT;
            for (ContentCheck check : ContentCheck.values()) {
                checks = checks.with(check, new ContentChecks.Setting(enabled.get(check),
                        Duration.ofSeconds(seconds.get(check))));
            }
            return checks;
        }
    }

    private final Binder<Values> binder = new Binder<>();
    private final Values values;

    ContentChecksForm(StreamSetupService setup, String contentId, ContentChecks checks) {
        this.values = new Values(checks);
        addClassName("content-checks");
        getElement().setAttribute("data-content", contentId);
        H3 title = new H3(getTranslation("setup.checks.title"));
        add(title, new Paragraph(getTranslation("setup.checks.lead")));
        for (ContentCheck check : ContentCheck.values()) {
            String name = getTranslation("setup.checks." + check.name());
            Checkbox on = new Checkbox(name);
            on.getElement().setAttribute("data-check", check.name());
            // a short visible label next to its check; the accessible name says which check it belongs to
            TextField seconds = new TextField(getTranslation("setup.checks.seconds.label"));
            seconds.setAriaLabel(getTranslation("setup.checks.seconds", name));
            seconds.setHelperText(getTranslation("setup.checks.seconds.helper"));
            seconds.getElement().setAttribute("data-seconds", check.name());
            seconds.setWidth("12rem");
            binder.forField(on).bind(v -> v.enabled.get(check), (v, value) -> v.enabled.put(check, value));
            binder.forField(seconds).asRequired(getTranslation("setup.checks.error.number"))
                    .withConverter(new StringToIntegerConverter(getTranslation("setup.checks.error.number")))
                    .withValidator(new IntegerRangeValidator(getTranslation("setup.checks.error.range"),
                            (int) ContentChecks.MIN.toSeconds(), (int) ContentChecks.MAX.toSeconds()))
                    .bind(v -> v.seconds.get(check), (v, value) -> v.seconds.put(check, value));
            Div row = new Div(on, seconds);
            row.addClassName("content-check");
            add(row);
        }
        binder.readBean(values);
        Button save = new Button(getTranslation("setup.checks.save"), e -> {
            if (binder.writeBeanIfValid(values)) {
                setup.saveChecks(contentId, values.toChecks());
                Notification.show(getTranslation("setup.checks.saved"));
            } else {
                Notification.show(getTranslation("setup.checks.invalid"));
            }
        });
        save.getElement().setAttribute("data-testid", "save-checks-" + contentId);
        add(save);
    }
}
