package com.example.backupingest.portal.mail;

import java.util.List;
import java.util.Locale;

/**
 * A mail's content as neutral blocks, rendered twice (HTML and plain text) so both parts always
 * say the same; every value in it is raw text and only the HTML renderer escapes it.
 */
record MailDocument(Locale locale, String title, List<Block> blocks) {

    sealed interface Block permits Heading, Paragraph, Facts, Link {
    }

    /** level 1 (section) or 2 (sub-section). */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** Label/value rows; {@code code} values (URLs, keys) are shown in a monospace font. */
    record Facts(List<Fact> rows) implements Block {
    }

    record Fact(String label, String value, boolean code) {

        static Fact of(String label, String value) {
            return new Fact(label, value, false);
        }

        static Fact code(String label, String value) {
            return new Fact(label, value, true);
        }
    }

    record Link(String label, String url) implements Block {
    }
}
