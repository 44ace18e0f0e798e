package com.example.backupingest.portal.mail;

import com.example.backupingest.portal.mail.MailDocument.Block;
import com.example.backupingest.portal.mail.MailDocument.Fact;
import com.example.backupingest.portal.mail.MailDocument.Facts;
import com.example.backupingest.portal.mail.MailDocument.Heading;
import com.example.backupingest.portal.mail.MailDocument.Link;
import com.example.backupingest.portal.mail.MailDocument.Paragraph;

/** Renders a {@link MailDocument} as the plain-text alternative: underlined headings, "label: value" lines. */
final class TextMailRenderer {

    String render(MailDocument document) {
        var text = new StringBuilder(2048);
        for (Block block : document.blocks()) {
            text.append(render(block)).append(block instanceof Heading ? "\n" : "\n\n");
        }
        return text.toString().stripTrailing() + "\n";
    }

    private String render(Block block) {
        return switch (block) {
            case Heading h -> h.text() + "\n" + (h.level() == 1 ? "=" : "-").repeat(h.text().length());
            case Paragraph p -> p.text();
            case Facts f -> facts(f);
            case Link l -> l.label() + ":\n" + l.url();
        };
    }

    private String facts(Facts facts) {
        int width = facts.rows().stream().mapToInt(r -> r.label().length()).max().orElse(0);
        var text = new StringBuilder();
        for (Fact row : facts.rows()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(row.label()).append(':').append(" ".repeat(width - row.label().length() + 1))
                    .append(row.value());
        }
        return text.toString();
    }
}
