package com.example.backupingest.portal.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads an archived {@code .eml} file back into a {@link ReceivedMail}: recipients, subject, HTML and text part. */
final class EmlParser {

    private static final Session SESSION = Session.getInstance(new Properties());

    ReceivedMail parse(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(SESSION, in);
            String name = file.getFileName().toString();
            Instant receivedAt = Instant.ofEpochMilli(Long.parseLong(name.substring(0, name.indexOf('-'))));
            Address[] recipients = message.getRecipients(MimeMessage.RecipientType.TO);
            List<String> to = recipients == null ? List.of()
                    : Arrays.stream(recipients).map(EmlParser::address).toList();
            String subject = message.getSubject() == null ? "" : message.getSubject();
            return new ReceivedMail(name, receivedAt, to, subject, firstPart(message, "text/html"),
                    firstPart(message, "text/plain"));
        }
    }

    private static String address(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress()
                : address.toString();
    }

    /** The first body part of that type, searching nested multiparts depth-first; "" if none. */
    private static String firstPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = firstPart(multipart.getBodyPart(i), mimeType);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
