package com.example.backupingest.portal.mail.ui;

import com.example.backupingest.portal.mail.ReceivedMail;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * One received mail: its HTML in a sandboxed iframe (srcdoc; no scripts, forms or pop-ups, so a
 * mail can never act in the portal's session) and its plain-text part below. The sandbox keeps
 * the same origin for one reason: the page may read the mail's height, so the whole mail shows
 * instead of a cut-off box.
 */
class MailDetail extends VerticalLayout {

    private final H2 subject = new H2();
    private final IFrame html = new IFrame();
    private final Pre text = new Pre();

    MailDetail() {
        setPadding(false);
        html.setSandbox(IFrame.SandboxType.ALLOW_SAME_ORIGIN);
        html.setWidthFull();
        html.setMinHeight("12rem");
        html.getElement().executeJs("""
                this.addEventListener('load', () => {
                  const mail = this.contentDocument;
                  if (mail) { this.style.height = (mail.documentElement.scrollHeight + 4) + 'px'; }
                });""");
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
