package com.example.backupingest.portal.e2e;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads what the embedded GreenMail server received: it archives every delivered message as an
 * {@code .eml} file, so these are the mails exactly as they went over SMTP.
 */
final class ReceivedMails {

    record Mail(String subject, List<String> to, String text, String html) {
        String bodies() {
            return text + "\n" + html;
        }
    }

    private final List<Mail> mails;

    private ReceivedMails(List<Mail> mails) {
        this.mails = mails;
    }

    static ReceivedMails in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new ReceivedMails(List.of());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ReceivedMails(files.filter(f -> f.toString().endsWith(".eml")).sorted()
                    .map(ReceivedMails::parse).toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<Mail> to(String address) {
        return mails.stream().filter(m -> m.to().stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    private static Mail parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            List<String> recipients = to == null ? List.of()
                    : Arrays.stream(to).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
            List<String> text = new ArrayList<>();
            List<String> html = new ArrayList<>();
            collect(message, text, html);
            return new Mail(message.getSubject(), recipients, String.join("\n", text), String.join("\n", html));
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable mail " + file, e);
        }
    }

    private static void collect(Part part, List<String> text, List<String> html) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, html);
            }
        } else if (part.isMimeType("text/plain")) {
            text.add((String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.add((String) part.getContent());
        }
    }
}
