package com.example.backupingest.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a given port for one test; close it in finally. */
final class SmtpServer implements AutoCloseable {

    private final GreenMail greenMail;

    private SmtpServer(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    static SmtpServer start(int port) {
        return new SmtpServer(port);
    }

    List<MimeMessage> to(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, recipient)).toList();
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
