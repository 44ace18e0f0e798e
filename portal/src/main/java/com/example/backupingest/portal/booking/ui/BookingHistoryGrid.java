package com.example.backupingest.portal.booking.ui;

import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.booking.BookingHistoryEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;

/** Every booking, change and cancellation, newest first; support actions name the agent. */
class BookingHistoryGrid extends Grid<BookingHistoryEntry> {

    BookingHistoryGrid(List<BookingHistoryEntry> entries) {
        Locale locale = getLocale();
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("booking.history.title"));
        addColumn(e -> Formats.dateTime(e.at(), locale)).setHeader(getTranslation("booking.history.date"))
                .setAutoWidth(true);
        addColumn(e -> getTranslation("booking.history.action." + e.action().name().toLowerCase()))
                .setHeader(getTranslation("booking.history.action")).setAutoWidth(true);
        addColumn(BookingHistoryEntry::reference).setHeader(getTranslation("booking.active.reference")).setAutoWidth(true);
        addColumn(e -> getTranslation("booking.mode." + e.mode().name().toLowerCase() + ".title"))
                .setHeader(getTranslation("booking.mode.short")).setAutoWidth(true);
        addColumn(e -> String.join(", ", e.contentNames())).setHeader(getTranslation("booking.active.contents"))
                .setFlexGrow(1);
        addColumn(BookingHistoryEntry::extraSlots).setHeader(getTranslation("booking.history.extraSlots"))
                .setAutoWidth(true);
        addColumn(e -> Formats.money(e.grossPerMonth(), locale)).setHeader(getTranslation("booking.history.gross"))
                .setAutoWidth(true);
        addColumn(e -> e.actor().bySupport()
                ? getTranslation("booking.history.bySupport", e.actor().supportAgent())
                : e.actor().username()).setHeader(getTranslation("booking.history.by")).setAutoWidth(true);
        setItems(entries);
        setAllRowsVisible(true);
    }
}
