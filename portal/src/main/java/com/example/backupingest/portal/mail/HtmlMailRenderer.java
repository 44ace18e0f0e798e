package com.example.backupingest.portal.mail;

import com.example.backupingest.portal.mail.MailDocument.Block;
import com.example.backupingest.portal.mail.MailDocument.Fact;
import com.example.backupingest.portal.mail.MailDocument.Facts;
import com.example.backupingest.portal.mail.MailDocument.Heading;
import com.example.backupingest.portal.mail.MailDocument.Link;
import com.example.backupingest.portal.mail.MailDocument.Paragraph;

/** Renders a {@link MailDocument} as simple, inline-styled HTML; escapes every value it writes. */
final class HtmlMailRenderer {

    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";
    private static final String MONO = "font-family:Consolas,Menlo,monospace;";

    String render(MailDocument document) {
        var html = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"").append(escape(document.locale().getLanguage()))
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(escape(document.title()))
                .append("</title></head>\n<body style=\"").append(FONT)
                .append("color:#1a1a1a;line-height:1.5;max-width:640px;\">\n");
        for (Block block : document.blocks()) {
            html.append(render(block)).append('\n');
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private String render(Block block) {
        return switch (block) {
            case Heading h when h.level() == 1 -> "<h2 style=\"" + FONT + "font-size:18px;margin:24px 0 8px;\">"
                    + escape(h.text()) + "</h2>";
            case Heading h -> "<h3 style=\"" + FONT + "font-size:15px;margin:16px 0 4px;\">" + escape(h.text()) + "</h3>";
            case Paragraph p -> "<p style=\"margin:8px 0;\">" + escape(p.text()) + "</p>";
            case Facts f -> table(f);
            case Link l -> "<p style=\"margin:16px 0;\"><a href=\"" + escape(l.url()) + "\">" + escape(l.label())
                    + "</a></p>";
        };
    }

    private String table(Facts facts) {
        var table = new StringBuilder("<table style=\"border-collapse:collapse;\">");
        for (Fact row : facts.rows()) {
            // a long URL or SRT stream id may break anywhere, so it does not squeeze its label to a word per line
            String value = row.code() ? "<code style=\"" + MONO + "word-break:break-all;\">" + escape(row.value())
                    + "</code>" : escape(row.value());
            table.append("<tr><th style=\"text-align:left;font-weight:normal;color:#555;padding:2px 16px 2px 0;"
                    + "vertical-align:top;width:35%;\">").append(escape(row.label())).append("</th><td style=\"padding:2px 0;\">")
                    .append(value).append("</td></tr>");
        }
        return table.append("</table>").toString();
    }

    /** Escapes text for element content and double-quoted attributes. */
    static String escape(String value) {
        var out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
