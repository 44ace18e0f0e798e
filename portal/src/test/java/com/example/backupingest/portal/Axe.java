package com.example.backupingest.portal;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * axe-core (the npm package at the repository root, a dev dependency) run inside a Playwright page:
 * the script is evaluated in the page (so a Content-Security-Policy cannot block it) and
 * {@code axe.run} checks the whole document, shadow roots included, with axe's default rule set
 * (WCAG 2.x A/AA and best practices). Answers the violations of the given impacts as readable lines,
 * with no exceptions (the portal uses no {@code vaadin-tabs}: 25.2.3 puts a focusable scroller inside
 * its tablist, which axe rightly reports as aria-required-children).
 */
public final class Axe {

    /** The impacts a page must not have: everything but "minor". */
    public static final Set<String> BLOCKING = Set.of("critical", "serious", "moderate");

    private static final String SOURCE = read(locate());

    private Axe() {
    }

    /** One line per violated rule of a blocking impact: rule, impact, help, the first few nodes. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        return violations(page.mainFrame());
    }

    /** The same for one frame's document, e.g. the player's refusal page inside another site's iframe. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Frame page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(SOURCE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
                })).filter(v => v.nodes.length > 0)""");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : found) {
            if (BLOCKING.contains(String.valueOf(v.get("impact")))) {
                List<String> nodes = (List<String>) v.get("nodes");
                lines.add(v.get("id") + " (" + v.get("impact") + ", " + nodes.size() + " nodes): " + v.get("help")
                        + "\n      " + String.join("\n      ", nodes.subList(0, Math.min(4, nodes.size()))));
            }
        }
        return lines;
    }

    /** node_modules/axe-core/axe.min.js of the repository root (tests run in portal/). */
    private static Path locate() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path axe = dir.resolve("node_modules/axe-core/axe.min.js");
            if (Files.isRegularFile(axe)) {
                return axe;
            }
        }
        throw new IllegalStateException("axe-core is missing: run the frontend build (npm install at the"
                + " repository root installs the dev dependency axe-core)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
