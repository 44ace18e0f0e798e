package com.example.backupingest.portal.mail.ui;

import com.example.backupingest.portal.mail.ReceivedMail;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * One received mail: its HTML in a sandboxed iframe (srcdoc, no scripts, no same-origin access,
 * so a mail can never reach the portal's session) and its plain-text part below.
 */
class MailDetail extends VerticalLayout {

    private final H2 subject = new H2();
    private final IFrame html = new IFrame();
    private final Pre text = new Pre();

    MailDetail() {
        setPadding(false);
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.setWidthFull();
        html.setHeight("32rem");
        html.getElement().setAttribute("title", getTranslation("mailbox.html"));
        html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("background", "white");
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        add(subject, new H3(getTranslation("mailbox.html")), html, new H3(getTranslation("mailbox.text")), text);
        setVisible(false);
    }

    void show(@Nullable ReceivedMail mail) {
        setVisible(mail != null);
        if (mail != null) {
            subject.setText(mail.subject());
            html.setSrcdoc(mail.html());
            text.setText(mail.text());
        }
    }
}
