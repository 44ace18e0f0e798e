package com.example.backupingest.portal.mail;

import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.security.CurrentUser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.LoggerFactory;

/**
 * The mails the embedded SMTP server received (read from the {@code .eml} archive, so they survive
 * a restart). Customers see only mails to their account's contact address; support sees all.
 * Exists only while the embedded server is enabled.
 */
public class EmbeddedMailbox {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailbox.class);
    private static final int MAX_MAILS = 200;

    private final EmlArchive archive;
    private final EmlParser parser = new EmlParser();
    private final CurrentUser currentUser;
    private final ObjectProvider<AccountService> accounts;

    /** AccountService is looked up per call: the mailbox must not decide the order in which features start. */
    EmbeddedMailbox(EmlArchive archive, CurrentUser currentUser, ObjectProvider<AccountService> accounts) {
        this.archive = archive;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** Newest first, at most 200. */
    @ReadsOnly
    public List<ReceivedMail> visibleToCurrentUser() {
        if (currentUser.isSupport()) {
            return read(null);
        }
        return read(accounts.getObject().current().contactEmail());
    }

    /** @param recipient only mails to this address (case-insensitive); null for all */
    List<ReceivedMail> read(@Nullable String recipient) {
        List<ReceivedMail> mails = new ArrayList<>();
        for (Path file : archive.files()) {
            if (mails.size() == MAX_MAILS) {
                break;
            }
            try {
                ReceivedMail mail = parser.parse(file);
                if (recipient == null || mail.to().stream().anyMatch(recipient::equalsIgnoreCase)) {
                    mails.add(mail);
                }
            } catch (Exception e) {
                log.warn("Skipping unreadable mail file {}: {}", file.getFileName(), e.toString());
            }
        }
        return List.copyOf(mails);
    }
}
