package com.example.backupingest.portal.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The signal path as a figure: encoder(s) → entrypoints A and B on separate servers (each
 * transcoding original, 480p, 360p) → distribution servers → players. Flows left to right on wide
 * screens and top to bottom on phones; the caption carries the same content for screen readers.
 */
class IngestDiagram extends Div {

    IngestDiagram() {
        addClassName("ingest-diagram");
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", getTranslation("addon.diagram.caption"));
        Div ingest = new Div(
                node(VaadinIcon.SERVER, "addon.diagram.a", "addon.diagram.transcode", "entry-a"),
                node(VaadinIcon.SERVER, "addon.diagram.b", "addon.diagram.transcode", "entry-b"));
        ingest.addClassName("diagram-pair");
        add(node(VaadinIcon.CAMERA, "addon.diagram.encoder", "addon.diagram.encoderHint", ""), arrow(), ingest, arrow(),
                node(VaadinIcon.CLUSTER, "addon.diagram.edges", "addon.diagram.edgesHint", ""), arrow(),
                node(VaadinIcon.DESKTOP, "addon.diagram.players", "addon.diagram.playersHint", ""));
    }

    private Div node(VaadinIcon icon, String titleKey, String hintKey, String variant) {
        Icon i = icon.create();
        i.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("node-title");
        Span hint = new Span(getTranslation(hintKey));
        hint.addClassName("node-hint");
        Div node = new Div(i, title, hint);
        node.addClassName("diagram-node");
        if (!variant.isEmpty()) {
            node.addClassName(variant);
        }
        return node;
    }

    private static Span arrow() {
        Span arrow = new Span();
        arrow.addClassName("diagram-arrow");
        arrow.getElement().setAttribute("aria-hidden", "true");
        return arrow;
    }
}
