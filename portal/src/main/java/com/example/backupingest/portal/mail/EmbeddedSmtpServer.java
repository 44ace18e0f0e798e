package com.example.backupingest.portal.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail's SMTP server on localhost that also hands every received mail to the
 * {@link EmlArchive}. A port already in use is logged, not fatal: mails then wait in the outbox.
 */
final class EmbeddedSmtpServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

    private final GreenMail greenMail;
    private final int port;

    EmbeddedSmtpServer(int port, EmlArchive archive) {
        this.port = port;
        this.greenMail = new ArchivingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), archive);
    }

    void start() {
        try {
            greenMail.start();
            log.info("Embedded SMTP server listening on 127.0.0.1:{}", port);
        } catch (RuntimeException e) {
            log.warn("Embedded SMTP server could not start on port {} ({}); mails stay in the outbox until an SMTP "
                    + "server answers", port, e.getMessage());
        }
    }

    void stop() {
        greenMail.stop();
    }

    boolean isRunning() {
        return greenMail.isRunning();
    }

    /** GreenMail creates its managers lazily unless one is set; ours archives after normal delivery. */
    private static final class ArchivingGreenMail extends GreenMail {

        ArchivingGreenMail(ServerSetup setup, EmlArchive archive) {
            super(setup);
            this.managers = new ArchivingManagers(archive);
        }
    }

    private static final class ArchivingManagers extends Managers {

        private final SmtpManager smtp;

        ArchivingManagers(EmlArchive archive) {
            this.smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                @Override
                public synchronized void send(SmtpState state) {
                    super.send(state);
                    try {
                        archive.save(state.getMessage().getMessage());
                    } catch (Exception e) {
                        log.warn("Could not save a received mail under {}: {}", archive.folder(), e.toString());
                    }
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
