package com.example.backupingest.portal.slots.ui;

import com.example.backupingest.portal.slots.SlotAssignment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

/** One livestream slot: its number, the content on it and the entrypoint (A/B), or free; "extra" when booked on top. */
class SlotTile extends ListItem {

    SlotTile(SlotAssignment slot) {
        addClassName("slot");
        Span number = new Span(getTranslation("slots.slot", slot.number()));
        number.addClassName("slot-number");
        Div badges = new Div();
        badges.addClassName("slot-badges");
        if (slot.extra()) {
            Span extra = new Span(getTranslation("slots.extra"));
            extra.addClassNames("pill", "pill-accent");
            badges.add(extra);
        }
        Div head = new Div(number, badges);
        head.addClassName("slot-head");
        if (slot.free()) {
            addClassName("slot-free");
            Span free = new Span(getTranslation("slots.free"));
            free.addClassName("slot-content");
            add(head, free);
            return;
        }
        var entrypoint = slot.entrypoint();
        addClassName(entrypoint != null && entrypoint.letter().equals("B") ? "entry-b" : "entry-a");
        Span content = new Span(slot.contentName());
        content.addClassName("slot-content");
        Span where = new Span(entrypoint == null ? ""
                : getTranslation("setup.entrypoint." + entrypoint.name().toLowerCase()));
        where.addClassName("slot-entry");
        add(head, content, where);
    }
}
