package com.example.backupingest.portal.live;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The pipeline of {@link LivePipelineProperties} plus its real SMTP server (GreenMail), for the Live
 * tests that prove alert mails: register as a static {@code @RegisterExtension} field, hand
 * {@link #register} to the class's {@code @DynamicPropertySource}; SMTP runs for the class's tests.
 */
final class LivePipelineWithMail implements BeforeAllCallback, AfterAllCallback {

    private final LivePipelineProperties pipeline = new LivePipelineProperties();
    private GreenMail smtp;

    void register(DynamicPropertyRegistry registry) {
        pipeline.register(registry);
    }

    LivePipelineProperties pipeline() {
        return pipeline;
    }

    MimeMessage[] receivedMessages() {
        return smtp.getReceivedMessages();
    }

    /** The plain-text parts of a mail (a multipart mail's text parts joined), for the tests' word checks. */
    static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(plainText(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        smtp = pipeline.startSmtp();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (smtp != null) {
            smtp.stop();
        }
    }
}
