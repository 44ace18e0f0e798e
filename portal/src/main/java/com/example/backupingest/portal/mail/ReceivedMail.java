package com.example.backupingest.portal.mail;

import java.time.Instant;
import java.util.List;

/** A mail the embedded SMTP server received, as the Mailbox view shows it. {@code id} is its file name. */
public record ReceivedMail(String id, Instant receivedAt, List<String> to, String subject, String html, String text) {
}
