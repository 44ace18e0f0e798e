package com.example.backupingest.portal.slots.ui;

import com.example.backupingest.monitor.api.EdgeCountRule;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.account.DistributionProperties;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.slots.SlotCalculator;
import com.example.backupingest.portal.slots.SlotPlan;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * "N contents × 2 entrypoints = 2N of S slots" and the slot grid, plus how many distribution
 * servers serve the account's viewer seats. The plan is computed from the contents and whether
 * they have a backup entrypoint (the same SlotCalculator the booking uses), so that this view
 * does not depend on {@code booking}, which itself depends on {@code slots}.
 */
@Route("slots")
@RolesAllowed("CUSTOMER")
class SlotsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final StreamSetupService setup;
    private final DistributionProperties distribution;

    SlotsView(AccountService accounts, StreamSetupService setup, DistributionProperties distribution) {
        this.accounts = accounts;
        this.setup = setup;
        this.distribution = distribution;
        MainContent.mark(this);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Locale locale = getLocale();
        AccountSummary account = accounts.current();
        List<ContentSetup> contents = setup.contents();
        boolean backup = contents.stream().flatMap(c -> c.endpoints().stream())
                .anyMatch(e -> e.entrypoint() == Entrypoint.BACKUP);
        SlotPlan plan = SlotCalculator.plan(account.livestreamSlots(), contents.stream().map(ContentSetup::name).toList(),
                backup);
        Paragraph headline = new Paragraph(getTranslation(backup ? "slots.headline.backup" : "slots.headline.primary",
                plan.contents(), plan.slotsNeeded(), plan.totalSlots()));
        headline.addClassName("headline-figure");
        Paragraph explain = new Paragraph(getTranslation(backup ? "slots.explain.backup" : "slots.explain.primary",
                plan.baseSlots(), plan.extraSlots()));
        explain.addClassName("lead");
        UnorderedList grid = new UnorderedList();
        grid.addClassName("slot-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("slots.gridLabel"));
        plan.assignments().forEach(a -> grid.add(new SlotTile(a)));
        add(new H1(getTranslation("slots.title")), headline, explain, grid, distributionCard(account, locale));
    }

    private Div distributionCard(AccountSummary account, Locale locale) {
        EdgeCountRule rule = distribution.rule();
        int edges = rule.edgesFor(account.viewerSeats());
        Paragraph count = new Paragraph(getTranslation("slots.edges.count", Formats.number(account.viewerSeats(), locale),
                edges));
        count.addClassName("headline-figure");
        Paragraph ruleText = new Paragraph(getTranslation("slots.edges.rule", Formats.number(rule.threshold(), locale),
                Formats.number(rule.seatsPerEdge(), locale), rule.minimumFromThreshold()));
        Paragraph note = new Paragraph(getTranslation("slots.edges.note"));
        note.addClassName("muted");
        Div card = new Div(new H2(getTranslation("slots.edges.title")), count, ruleText, note);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("slots.title") + " · " + getTranslation("app.name");
    }
}
