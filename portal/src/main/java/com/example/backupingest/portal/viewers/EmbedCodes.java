package com.example.backupingest.portal.viewers;

import com.example.backupingest.portal.security.ReadsOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The player link and the iframe snippet a customer copies into their website. */
@Component
public class EmbedCodes {

    private final String baseUrl;

    EmbedCodes(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ReadsOnly
    public String playerLink(String contentId) {
        return baseUrl + "/player/" + contentId;
    }

    @ReadsOnly
    public String iframe(String contentId, String contentName) {
        return "<iframe src=\"" + HtmlUtils.htmlEscape(playerLink(contentId)) + "\" width=\"640\" height=\"360\""
                + " allow=\"autoplay; fullscreen\" allowfullscreen style=\"border:0\" title=\""
                + HtmlUtils.htmlEscape(contentName, "UTF-8") + "\"></iframe>";
    }
}
