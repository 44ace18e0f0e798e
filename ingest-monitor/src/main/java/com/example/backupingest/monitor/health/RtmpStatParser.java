package com.example.backupingest.monitor.health;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads nginx-rtmp's /stat XML (rtmp_stat all) into {@link RtmpStreamStat} records. */
final class RtmpStatParser {

    public List<RtmpStreamStat> parse(String xml) {
        Element root = document(xml);
        List<RtmpStreamStat> streams = new ArrayList<>();
        for (Element application : children(root, "server").stream().flatMap(s -> children(s, "application").stream()).toList()) {
            String app = text(application, "name");
            for (Element live : children(application, "live")) {
                for (Element stream : children(live, "stream")) {
                    streams.add(stream(app == null ? "" : app, stream));
                }
            }
        }
        return List.copyOf(streams);
    }

    private static RtmpStreamStat stream(String app, Element stream) {
        Element video = first(first(stream, "meta"), "video");
        Element audio = first(first(stream, "meta"), "audio");
        String name = text(stream, "name");
        return new RtmpStreamStat(app, name == null ? "" : name, first(stream, "publishing") != null,
                Duration.ofMillis(number(text(stream, "time"), 0L)), number(text(stream, "bw_in"), 0L),
                integer(text(video, "width")), integer(text(video, "height")), decimal(text(video, "frame_rate")),
                text(video, "codec"), text(video, "profile"), text(audio, "codec"), text(audio, "profile"),
                number(text(stream, "bw_video"), 0L), number(text(stream, "bw_audio"), 0L),
                integer(text(audio, "channels")), integer(text(audio, "sample_rate")), publisherTimestamp(stream));
    }

    /** The publishing client's {@code <timestamp>}: media time of its last message (rtmp_stat all lists clients). */
    private static @Nullable Long publisherTimestamp(Element stream) {
        for (Element client : children(stream, "client")) {
            if (first(client, "publishing") != null) {
                String text = text(client, "timestamp");
                return text == null ? null : number(text, 0L) & 0xFFFFFFFFL;
            }
        }
        return null;
    }

    // Built once: a DocumentBuilderFactory lookup per parse cost more than the parse (health polls every second).
    private final DocumentBuilder builder = newBuilder();

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    private synchronized Element document(String xml) {
        try {
            builder.reset();
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not an nginx-rtmp stat document: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(@Nullable Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static @Nullable Element first(@Nullable Element parent, String tag) {
        List<Element> all = children(parent, tag);
        return all.isEmpty() ? null : all.getFirst();
    }

    private static @Nullable String text(@Nullable Element parent, String tag) {
        Node node = first(parent, tag);
        if (node == null) {
            return null;
        }
        String text = node.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    private static long number(@Nullable String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static @Nullable Integer integer(@Nullable String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Double decimal(@Nullable String text) {
        try {
            return text == null ? null : Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
