package com.example.backupingest.portal.base.ui;

import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.LocaleSelection;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.base.ShellBanner;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell around every signed-in view: logo and product name, side navigation (a drawer on
 * narrow screens), the company acted for, and the user menu (language, sign out).
 */
@JsModule("./shell-a11y.ts")
@Layout
@PermitAll
class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final LocaleSelection locales;
    private final AuthenticationContext authentication;
    private final List<ShellBanner> banners;
    private final List<Component> shellParts = new ArrayList<>();

    MainLayout(CurrentUser currentUser, AccountService accounts, LocaleSelection locales,
            AuthenticationContext authentication, List<ShellBanner> banners) {
        this.currentUser = currentUser;
        this.banners = banners;
        this.accounts = accounts;
        this.locales = locales;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("portal-shell");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        // Built here (not in the constructor) so that a language switch re-renders every text;
        // only the shell's own parts are replaced, the routed view stays.
        remove(shellParts.toArray(Component[]::new));
        shellParts.clear();
        PortalUser user = currentUser.require();
        Span company = new Span(companyName(user));
        company.addClassName("shell-company");
        // Banners first: the theme shows them as a full-width row above the bar, in reading order.
        List<Component> navbarParts = new ArrayList<>(List.of(skipLink()));
        banners.forEach(banner -> banner.current().ifPresent(navbarParts::add));
        navbarParts.addAll(List.of(toggle(), company, userMenu(user)));
        // Landmarks around everything the shell shows (the view itself is the main landmark,
        // MainContent): screen-reader users jump between banner, navigation and main.
        Header header = new Header(navbarParts.toArray(Component[]::new));
        header.addClassName("shell-header");
        Nav drawer = new Nav(brand(), navigation(user));
        drawer.addClassName("shell-drawer");
        drawer.getElement().setAttribute("aria-label", getTranslation("shell.nav"));
        addToNavbar(header);
        addToDrawer(drawer);
        shellParts.addAll(List.of(header, drawer));
    }

    private UserMenu userMenu(PortalUser user) {
        return new UserMenu(user, locales, authentication);
    }

    private Button skipLink() {
        Button skip = new Button(getTranslation("shell.skip"));
        skip.addClassName("skip-link");
        skip.addClickListener(e -> getElement().executeJs(
                "const m = document.querySelector('[data-main]'); if (m) { m.focus(); }"));
        return skip;
    }

    private DrawerToggle toggle() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        return toggle;
    }

    private Div brand() {
        Image logo = new Image("themes/backup-ingest/logo.svg", "");
        logo.addClassName("brand-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(PortalUser user) {
        SideNav nav = new SideNav();
        // the <nav> around brand and links is the navigation landmark; one is enough
        nav.getElement().setAttribute("role", "none");
        if (user.accountId() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.backupIngest"), "backup-ingest", VaadinIcon.SHIELD.create()),
                    new SideNavItem(getTranslation("nav.booking"), "booking", VaadinIcon.CART.create()),
                    new SideNavItem(getTranslation("nav.streamSetup"), "stream-setup", VaadinIcon.CONNECT.create()),
                    new SideNavItem(getTranslation("nav.live"), "live", VaadinIcon.SIGNAL.create()),
                    new SideNavItem(getTranslation("nav.embed"), "embed", VaadinIcon.CODE.create()),
                    new SideNavItem(getTranslation("nav.slots"), "slots", VaadinIcon.GRID_SMALL.create()),
                    new SideNavItem(getTranslation("support.nav.access"), "support-access", VaadinIcon.EYE.create()));
        } else {
            nav.addItem(new SideNavItem(getTranslation("nav.support"), "support", VaadinIcon.HEADSET.create()),
                    new SideNavItem(getTranslation("support.nav.customers"), "support/customers",
                            VaadinIcon.USERS.create()),
                    new SideNavItem(getTranslation("support.nav.audit"), "support/audit", VaadinIcon.CLIPBOARD_TEXT.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.mailbox"), "mailbox", VaadinIcon.ENVELOPE_O.create()));
        return nav;
    }

    private String companyName(PortalUser user) {
        return user.accountId() == null ? getTranslation("shell.supportDesk") : accounts.current().companyName();
    }

}
