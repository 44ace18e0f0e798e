package com.example.backupingest.portal.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code docs/glossary.md} as data: per language the kept terms and the retired words, and the
 * check of one text against them (whole words; German case-sensitive, English not; a retired word
 * inside a kept term does not count).
 */
record Glossary(List<Row> rows) {

    enum Language {
        DE, EN
    }

    record Row(String concept, List<String> de, List<String> en, List<String> retiredDe, List<String> retiredEn) {

        List<String> kept(Language language) {
            return language == Language.DE ? de : en;
        }

        List<String> retired(Language language) {
            return language == Language.DE ? retiredDe : retiredEn;
        }
    }

    static Glossary read(Path markdown) {
        try {
            return parse(Files.readAllLines(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Glossary parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("| concept |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1);
                if (cells.length != 5) {
                    throw new IllegalArgumentException("a glossary row needs 5 cells: " + line);
                }
                rows.add(new Row(cells[0].trim(), list(cells[1], "/"), list(cells[2], "/"), list(cells[3], ","),
                        list(cells[4], ",")));
            } else if (inTable) {
                inTable = false;
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no glossary table found");
        }
        return new Glossary(List.copyOf(rows));
    }

    /** The retired words {@code text} uses, in {@code language}. */
    List<String> retiredIn(String text, Language language) {
        List<int[]> keptSpans = new ArrayList<>();
        rows.stream().flatMap(r -> r.kept(language).stream())
                .forEach(kept -> word(kept, language).matcher(text).results()
                        .forEach(m -> keptSpans.add(new int[] {m.start(), m.end()})));
        List<String> found = new ArrayList<>();
        for (Row row : rows) {
            for (String retired : row.retired(language)) {
                boolean used = word(retired, language).matcher(text).results().anyMatch(m -> keptSpans.stream()
                        .noneMatch(span -> span[0] <= m.start() && m.end() <= span[1]));
                if (used) {
                    found.add(retired + " (say: " + String.join(" / ", row.kept(language)) + ")");
                }
            }
        }
        return found;
    }

    private static Pattern word(String term, Language language) {
        int flags = language == Language.EN ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])", flags);
    }

    private static List<String> list(String cell, String separator) {
        return Arrays.stream(cell.split(Pattern.quote(separator))).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }
}
