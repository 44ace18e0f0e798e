/** The Mailbox view: mails the embedded SMTP server received, readable in the browser (embedded default only). */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.mail.ui;
