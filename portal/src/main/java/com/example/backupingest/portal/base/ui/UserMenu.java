package com.example.backupingest.portal.base.ui;

import com.example.backupingest.portal.security.LocaleSelection;
import com.example.backupingest.portal.security.PortalUser;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;

/** Avatar and name; its sub-menu switches the language (de/en) and signs out. */
class UserMenu extends MenuBar {

    UserMenu(PortalUser user, LocaleSelection locales, AuthenticationContext authentication) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        addClassName("user-menu");
        Avatar avatar = new Avatar(user.displayName());
        avatar.addClassName("user-avatar");
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        MenuItem root = addItem(avatar);
        root.add(name);
        root.setAriaLabel(getTranslation("shell.userMenu", user.displayName()));
        SubMenu menu = root.getSubMenu();
        MenuItem language = menu.addItem(getTranslation("shell.language"));
        language.addComponentAsFirst(VaadinIcon.GLOBE.create());
        for (Locale locale : LocaleSelection.SUPPORTED) {
            MenuItem item = language.getSubMenu().addItem(getTranslation("language." + locale.getLanguage()),
                    e -> locales.select(getUI().orElseThrow(), locale));
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
            item.getElement().setAttribute("lang", locale.getLanguage());
        }
        MenuItem logout = menu.addItem(getTranslation("shell.logout"), e -> authentication.logout());
        logout.addComponentAsFirst(VaadinIcon.SIGN_OUT.create());
    }
}
