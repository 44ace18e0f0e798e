package com.example.backupingest.portal.viewers.ui;

import com.example.backupingest.portal.viewers.EmbedDomainInput;
import com.example.backupingest.portal.viewers.EmbedDomainParser;
import com.example.backupingest.portal.viewers.EmbedSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The allowed domains of one content with its Save button. An invalid entry marks the field
 * invalid (the text field sets aria-invalid) with a message naming the entry; nothing is saved.
 */
class EmbedDomainsField extends Div {

    private final TextArea field = new TextArea();

    EmbedDomainsField(EmbedSettings settings, String contentId, String contentName) {
        field.setLabel(getTranslation("embed.domains"));
        field.setHelperText(getTranslation("embed.domains.helper"));
        field.setValue(String.join("\n", settings.allowedDomains(contentId)));
        field.setWidthFull();
        field.addClassName("embed-domains");
        field.addValueChangeListener(e -> field.setInvalid(false));
        // Typing clears the mark at once in the browser too, so a stale message never stands beside new input.
        field.getElement().executeJs("this.addEventListener('input', () => { this.invalid = false; })");
        Button save = new Button(getTranslation("embed.domains.save"), e -> save(settings, contentId, contentName));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(field, save);
        addClassName("embed-domains-form");
    }

    private void save(EmbedSettings settings, String contentId, String contentName) {
        EmbedDomainInput input = settings.save(contentId, field.getValue());
        EmbedDomainInput.Problem problem = input.problem();
        if (problem != null) {
            field.setErrorMessage(problem.kind() == EmbedDomainInput.Kind.TOO_MANY
                    ? getTranslation("embed.domains.tooMany", EmbedDomainParser.MAX_DOMAINS, problem.entry())
                    : getTranslation("embed.domains.invalid", problem.entry()));
            field.setInvalid(true);
            field.focus();
            return;
        }
        field.setInvalid(false);
        field.setValue(String.join("\n", input.domains()));
        Notification n = Notification.show(getTranslation(input.domains().isEmpty() ? "embed.domains.savedAny"
                : "embed.domains.saved", contentName), 3000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
