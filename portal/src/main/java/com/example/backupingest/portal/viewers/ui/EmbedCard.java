package com.example.backupingest.portal.viewers.ui;

import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.viewers.EmbedCodes;
import com.example.backupingest.portal.viewers.EmbedSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** One content: its player link and iframe snippet (each copyable), the snippet live, its allowed domains. */
class EmbedCard extends Div {

    EmbedCard(ContentSetup content, EmbedCodes codes, EmbedSettings settings) {
        String link = codes.playerLink(content.contentId());
        String snippet = codes.iframe(content.contentId(), content.name());
        TextField linkField = new TextField(getTranslation("embed.link"));
        linkField.setValue(link);
        linkField.setReadOnly(true);
        linkField.setWidthFull();
        linkField.addClassName("embed-link");
        TextArea codeField = new TextArea(getTranslation("embed.code"));
        codeField.setValue(snippet);
        codeField.setReadOnly(true);
        codeField.setWidthFull();
        codeField.addClassName("embed-code");
        // Exactly the snippet the customer copies, rendered as their page would; only narrowed to fit.
        Html preview = new Html(snippet);
        preview.getElement().getStyle().set("max-width", "100%").set("height", "auto").set("aspect-ratio", "16 / 9");
        preview.addClassName("embed-preview");
        Paragraph previewHint = new Paragraph(getTranslation("embed.previewHint"));
        previewHint.addClassName("hint");
        add(new H2(content.name()),
                row(linkField, new EmbedCopyButton(getTranslation("embed.link"), link)),
                row(codeField, new EmbedCopyButton(getTranslation("embed.code"), snippet)),
                new H3(getTranslation("embed.preview")), previewHint, preview,
                new EmbedDomainsField(settings, content.contentId(), content.name()));
        addClassNames("card", "content-card", "embed-card");
    }

    private static Div row(Component field, Component copy) {
        Div row = new Div(field, copy);
        row.getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "var(--lumo-space-s)");
        return row;
    }
}
