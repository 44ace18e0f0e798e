package com.example.backupingest.portal.base;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * Phones have room for two grid columns at most: below {@value #BREAKPOINT} px a grid shows one
 * multi-line column instead of its others. The browser switches on its own media query, so a
 * rotated phone or resized window needs no round trip.
 */
public final class CompactGrid {

    /** Widest viewport (CSS px) that gets the compact column. */
    public static final int BREAKPOINT = 600;

    private static final String SWITCH = """
            const grid = this;
            if (grid.__compactQuery) { return; }
            const query = window.matchMedia('(max-width: %dpx)');
            const apply = () => grid.querySelectorAll('vaadin-grid-column').forEach(column => {
              if (column.hasAttribute('data-compact')) { column.hidden = !query.matches; }
              else if (column.hasAttribute('data-wide')) { column.hidden = query.matches; }
            });
            query.addEventListener('change', apply);
            grid.__compactQuery = query;
            apply();""".formatted(BREAKPOINT);

    private CompactGrid() {
    }

    /**
     * Adds the compact column (call after the grid's other columns, which become the wide view);
     * style its lines with the {@code compact-row}, {@code compact-title} and {@code compact-line}
     * classes of the theme.
     */
    public static <T> Grid.Column<T> addCompactColumn(Grid<T> grid, LitRenderer<T> renderer, String header) {
        grid.getColumns().forEach(column -> column.getElement().setAttribute("data-wide", ""));
        Grid.Column<T> compact = grid.addColumn(renderer).setHeader(header).setFlexGrow(1);
        compact.getElement().setAttribute("data-compact", "");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addAttachListener(attach -> grid.getElement().executeJs(SWITCH));
        return compact;
    }
}
