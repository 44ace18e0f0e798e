package com.example.backupingest.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.base.Glossary.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle customers read (portal pages, booking and alert mails, website player)
 * speaks the glossary's words: a retired term in any of them fails, naming file, key and the term
 * to use instead.
 */
class GlossaryTest {

    private static final Path ROOT = repositoryRoot();
    private static final Glossary GLOSSARY = Glossary.read(ROOT.resolve("docs/glossary.md"));
    private static final Path RESOURCES = ROOT.resolve("portal/src/main/resources");

    @Test
    void no_message_bundle_uses_a_term_the_glossary_retired() throws IOException {
        List<Path> bundles = bundles();
        assertThat(bundles).as("bundles found").hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Path bundle : bundles) {
            Language language = bundle.getFileName().toString().endsWith("_de.properties") ? Language.DE : Language.EN;
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames().stream().sorted().toList()) {
                for (String retired : GLOSSARY.retiredIn(texts.getProperty(key), language)) {
                    problems.add(RESOURCES.relativize(bundle) + " " + key + ": " + retired);
                }
            }
        }
        assertThat(problems).as("retired terms in the message bundles (docs/glossary.md)").isEmpty();
    }

    @Test
    void a_retired_word_is_found_as_a_whole_word_but_not_inside_a_kept_term() {
        assertThat(GLOSSARY.retiredIn("Der Distributionsserver edge-1 hält an.", Language.DE))
                .containsExactly("Distributionsserver (say: Verteilserver)");
        assertThat(GLOSSARY.retiredIn("Ihr Konto hat 4 Slots", Language.DE)).containsExactly("Konto (say: Streaming-Account)");
        assertThat(GLOSSARY.retiredIn("Ihr Streaming-Account hat 4 Livestream-Slots", Language.DE)).isEmpty();
        assertThat(GLOSSARY.retiredIn("Kontostand", Language.DE)).as("a longer word is another word").isEmpty();
        assertThat(GLOSSARY.retiredIn("ein Stream-Slot", Language.DE)).as("a kept short form inside does not hide it")
                .containsExactly("Stream-Slot (say: Livestream-Slot / Slot)");
        assertThat(GLOSSARY.retiredIn("Entrypoint A (primary)", Language.EN))
                .containsExactly("entrypoint (say: ingest server)");
        assertThat(GLOSSARY.retiredIn("Preview (distribution server edge-1)", Language.EN))
                .containsExactly("edge (say: distribution server)");
        assertThat(GLOSSARY.retiredIn("Contents", Language.EN)).as("English 'content' is a kept word").isEmpty();
    }

    @Test
    void the_glossary_keeps_the_product_texts_own_words() {
        assertThat(GLOSSARY.rows()).flatExtracting(Glossary.Row::de)
                .contains("Eingangsserver", "Verteilserver", "Livestream-Slot", "Zuschauerplätze", "Streaming-Account");
        assertThat(GLOSSARY.rows()).allSatisfy(row -> {
            assertThat(row.de()).as(row.concept()).isNotEmpty();
            assertThat(row.en()).as(row.concept()).isNotEmpty();
        });
    }

    private static List<Path> bundles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String folder : List.of("vaadin-i18n", "mail", "live")) {
            try (Stream<Path> files = Files.list(RESOURCES.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".properties")).sorted().forEach(found::add);
            }
        }
        return found;
    }

    private static Properties load(Path bundle) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Path repositoryRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/glossary.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docs/glossary.md not found above " + Paths.get("").toAbsolutePath());
    }
}
