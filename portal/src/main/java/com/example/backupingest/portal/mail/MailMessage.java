package com.example.backupingest.portal.mail;

/** A composed mail, ready for the outbox: HTML with its plain-text alternative. */
public record MailMessage(String to, String subject, String html, String text) {
}
