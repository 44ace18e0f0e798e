package com.example.backupingest.portal.mail.ui;

import com.example.backupingest.portal.base.CompactGrid;
import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.mail.EmbeddedMailbox;
import com.example.backupingest.portal.mail.ReceivedMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Route {@code mailbox}: the mails the embedded SMTP server received, newest first; the selected
 * one below. Without the embedded server (production SMTP) the route answers "not found".
 */
@Route("mailbox")
@PermitAll
class MailboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final @Nullable EmbeddedMailbox mailbox;
    private final Grid<ReceivedMail> grid = new Grid<>();
    private final MailDetail detail = new MailDetail();
    private final Paragraph empty = new Paragraph();

    MailboxView(ObjectProvider<EmbeddedMailbox> mailbox) {
        this.mailbox = mailbox.getIfAvailable();
        MainContent.mark(this);
        Locale locale = getLocale();
        grid.addColumn(m -> Formats.dateTime(m.receivedAt(), locale)).setHeader(getTranslation("mailbox.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> String.join(", ", m.to())).setHeader(getTranslation("mailbox.column.to"))
                .setWidth("12rem").setFlexGrow(1);
        grid.addColumn(ReceivedMail::subject).setHeader(getTranslation("mailbox.column.subject")).setWidth("14rem")
                .setFlexGrow(2);
        CompactGrid.addCompactColumn(grid, LitRenderer.<ReceivedMail>of("""
                        <div class="compact-row"><span class="compact-line">${item.at}</span>\
                        <span class="compact-title">${item.subject}</span>\
                        <span class="compact-line">${item.to}</span></div>""")
                .withProperty("at", m -> Formats.dateTime(m.receivedAt(), locale))
                .withProperty("subject", ReceivedMail::subject)
                .withProperty("to", m -> String.join(", ", m.to())), getTranslation("mailbox.title"));
        grid.setAriaLabel(getTranslation("mailbox.title"));
        grid.setHeight("16rem");
        // a click on the mail that is open keeps it open (Vaadin's default would deselect it)
        ((GridSingleSelectionModel<ReceivedMail>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(e -> detail.show(e.getValue()));
        var refresh = new Button(getTranslation("mailbox.refresh"), e -> refresh());
        empty.setText(getTranslation("mailbox.empty"));
        add(new H1(getTranslation("mailbox.title")), refresh, empty, grid, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (mailbox == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    private void refresh() {
        if (mailbox == null) {
            return;
        }
        var mails = mailbox.visibleToCurrentUser();
        grid.setItems(mails);
        empty.setVisible(mails.isEmpty());
        grid.setVisible(!mails.isEmpty());
        if (!mails.isEmpty()) {
            grid.select(mails.getFirst());
        } else {
            detail.show(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title");
    }
}
