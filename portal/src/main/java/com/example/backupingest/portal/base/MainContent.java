package com.example.backupingest.portal.base;

import com.vaadin.flow.component.Component;

/**
 * Marks a view's root as the page's main content: laid out as a page, the main landmark, and the
 * element the skip link and every navigation move the focus to ({@code tabindex=-1}: focusable by
 * script, not a tab stop).
 */
public final class MainContent {

    private MainContent() {
    }

    public static void mark(Component view) {
        view.getElement().getClassList().add("page");
        view.getElement().setAttribute("data-main", "");
        view.getElement().setAttribute("role", "main");
        view.getElement().setAttribute("tabindex", "-1");
    }
}
