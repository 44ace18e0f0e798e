package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.support.ImpersonationForms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Asks for the reason (ticket number or text, required, at most 200 characters), then posts the
 * switch. The server checks the same rules again; this only saves the agent a round trip.
 */
class ActAsDialog extends Dialog {

    static final int MAX_REASON = 200;

    ActAsDialog(AccountSummary account) {
        setHeaderTitle(getTranslation("support.actAs.title", account.companyName()));
        TextField reason = new TextField(getTranslation("support.actAs.reason"));
        reason.setId("act-as-reason");
        reason.setRequired(true);
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("support.actAs.reasonHelp"));
        add(new Paragraph(getTranslation("support.actAs.explain")), reason);

        Button start = new Button(getTranslation("support.actAs.start"), click -> {
            String text = reason.getValue().strip();
            if (text.isEmpty() || text.length() > MAX_REASON) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("support.actAs.reasonRequired"));
                return;
            }
            ImpersonationForms.start(account.id(), text);
        });
        start.setId("act-as-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("support.actAs.cancel"), click -> close()), start);
    }
}
