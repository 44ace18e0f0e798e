package com.example.backupingest.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Builds the MIME message: multipart/alternative with text/plain first and text/html last (the
 * part mail clients prefer), and a Message-ID derived from the outbox row so a receiver can
 * recognise the same mail should it ever be delivered twice.
 */
final class MimeMailFactory {

    private final JavaMailSender sender;
    private final InternetAddress from;

    MimeMailFactory(JavaMailSender sender, String from) throws MessagingException {
        this.sender = sender;
        this.from = new InternetAddress(from, true);
    }

    MimeMessage create(long outboxId, MailMessage mail, Instant createdAt) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(from);
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(createdAt));
        message.setHeader("Message-ID", "<outbox-" + outboxId + "." + createdAt.toEpochMilli()
                + "@backup-ingest.portal>");

        var text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        var html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }
}
