package com.example.backupingest.portal.booking.ui;

import com.example.backupingest.portal.base.CompactGrid;
import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.booking.BookingHistoryEntry;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Locale;

/**
 * Every booking, change and cancellation, newest first; support actions name the agent. Widths
 * are bases that wrap, so all columns fit a 1280 px desktop; phones get one multi-line column.
 */
class BookingHistoryGrid extends Grid<BookingHistoryEntry> {

    BookingHistoryGrid(List<BookingHistoryEntry> entries) {
        Locale locale = getLocale();
        addClassName("dense-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("booking.history.title"));
        addColumn(e -> Formats.dateTime(e.at(), locale)).setHeader(getTranslation("booking.history.date"))
                .setWidth("9.5rem").setFlexGrow(0);
        addColumn(this::action).setHeader(getTranslation("booking.history.action")).setWidth("6.5rem");
        addColumn(BookingHistoryEntry::reference).setHeader(getTranslation("booking.active.reference"))
                .setWidth("7.5rem");
        addColumn(this::mode).setHeader(getTranslation("booking.mode.short")).setWidth("6rem");
        addColumn(this::contents).setHeader(getTranslation("booking.active.contents")).setWidth("8.5rem")
                .setFlexGrow(2);
        addColumn(BookingHistoryEntry::extraSlots).setHeader(getTranslation("booking.history.extraSlots"))
                .setWidth("6.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(e -> Formats.money(e.grossPerMonth(), locale)).setHeader(getTranslation("booking.history.gross"))
                .setWidth("6.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(this::by).setHeader(getTranslation("booking.history.by")).setWidth("8rem");
        CompactGrid.addCompactColumn(this, LitRenderer.<BookingHistoryEntry>of("""
                        <div class="compact-row"><span class="compact-line">${item.at} · ${item.reference}</span>\
                        <span class="compact-title">${item.action} · ${item.mode}</span>\
                        <span class="compact-line">${item.contents}</span>\
                        <span class="compact-line">${item.gross} · ${item.by}</span></div>""")
                .withProperty("at", e -> Formats.dateTime(e.at(), locale))
                .withProperty("reference", BookingHistoryEntry::reference)
                .withProperty("action", this::action)
                .withProperty("mode", this::mode)
                .withProperty("contents", this::contents)
                .withProperty("gross", e -> Formats.money(e.grossPerMonth(), locale))
                .withProperty("by", this::by), getTranslation("booking.history.title"));
        setItems(entries);
        setAllRowsVisible(true);
    }

    private String action(BookingHistoryEntry entry) {
        return getTranslation("booking.history.action." + entry.action().name().toLowerCase());
    }

    private String mode(BookingHistoryEntry entry) {
        return getTranslation("booking.mode." + entry.mode().name().toLowerCase() + ".title");
    }

    private String contents(BookingHistoryEntry entry) {
        return String.join(", ", entry.contentNames());
    }

    private String by(BookingHistoryEntry entry) {
        return entry.actor().bySupport()
                ? getTranslation("booking.history.bySupport", entry.actor().supportAgent())
                : entry.actor().username();
    }
}
