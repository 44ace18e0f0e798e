package com.example.backupingest.portal.viewers;

import com.example.backupingest.portal.streamsetup.PublicContents.PublicContent;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Fills the player's two HTML templates ({@code player/page.html}, {@code player/message.html})
 * server-side in the viewer's language: every value HTML-escaped, the texts the script needs as
 * {@code data-t-*} attributes, so the page needs no inline script and no second request.
 */
@Component
class PlayerPageRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z.]+)}}");
    private static final List<String> TEXTS = List.of("loading", "notLiveYet", "ended", "seatsFull", "busy", "unknown",
            "offline", "retry", "retryNow", "play", "pause", "mute", "unmute", "fullscreen", "exitFullscreen",
            "controls", "quality", "qualityAuto", "qualityOriginal");

    private final I18NProvider i18n;
    private final PlayerPageAssets assets;
    private final String page = template("player/page.html");
    private final String message = template("player/message.html");

    PlayerPageRenderer(I18NProvider i18n, PlayerPageAssets assets) {
        this.i18n = i18n;
        this.assets = assets;
    }

    String player(PublicContent content, Locale locale) {
        Map<String, String> values = common(locale);
        TEXTS.forEach(key -> values.put("t." + key, text("player." + key, locale)));
        values.put("title", text("player.title", locale, content.name()));
        values.put("name", content.name());
        values.put("contentId", content.contentId());
        values.put("assign", "/player/api/" + content.contentId() + "/assign");
        values.put("hls", assets.hlsUrl());
        values.put("script", assets.scriptUrl());
        return fill(page, values);
    }

    /** {@code refused} or {@code unknown}: a page of words only. */
    String message(String state, Locale locale) {
        Map<String, String> values = common(locale);
        String key = state.equals("refused") ? "refused" : "unknown";
        values.put("state", state);
        values.put("headline", text("player." + key, locale));
        values.put("detail", text("player." + key + ".detail", locale));
        return fill(message, values);
    }

    private Map<String, String> common(Locale locale) {
        Map<String, String> values = new HashMap<>();
        values.put("lang", locale.getLanguage());
        values.put("styles", assets.stylesUrl());
        return values;
    }

    private String text(String key, Locale locale, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 512);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(HtmlUtils.htmlEscape(value, "UTF-8")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String template(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
