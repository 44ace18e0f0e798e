/** Confirmation e-mails through a transactional outbox; the embedded SMTP server of the embedded default. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.mail;
