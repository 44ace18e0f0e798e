package com.example.backupingest.portal.mail;

import com.example.backupingest.portal.booking.BookingAction;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingEvent;
import com.example.backupingest.portal.mail.MailDocument.Block;
import com.example.backupingest.portal.mail.MailDocument.Fact;
import com.example.backupingest.portal.mail.MailDocument.Facts;
import com.example.backupingest.portal.mail.MailDocument.Heading;
import com.example.backupingest.portal.mail.MailDocument.Link;
import com.example.backupingest.portal.mail.MailDocument.Paragraph;
import com.example.backupingest.portal.pricing.PriceBreakdown;
import com.example.backupingest.portal.slots.SlotPlan;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.SecureWays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link BookingEvent} into the confirmation mail for the account's contact address, in
 * the event's language (German or English). Pure: no I/O, same event, same mail.
 */
public final class BookingMailComposer {

    private final String streamSetupUrl;
    private final HtmlMailRenderer html = new HtmlMailRenderer();
    private final TextMailRenderer text = new TextMailRenderer();

    /** @param portalBaseUrl {@code portal.base-url}, e.g. http://localhost:8080 */
    public BookingMailComposer(String portalBaseUrl) {
        this.streamSetupUrl = portalBaseUrl.replaceAll("/+$", "") + "/stream-setup";
    }

    public MailMessage compose(BookingEvent event) {
        MailTexts t = MailTexts.forLocale(event.locale());
        BookingDetails booking = event.booking();
        String action = event.action().name().toLowerCase(Locale.ROOT);
        String subject = t.get("mail.subject." + action, booking.reference());

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.get("mail.greeting", event.account().companyName())));
        blocks.add(new Paragraph(t.get("mail.intro." + action, event.account().number())));
        if (event.actor().bySupport()) {
            blocks.add(new Paragraph(t.get("mail.bySupport." + action, event.actor().supportAgent())));
        }
        blocks.add(new Heading(1, t.get(event.action() == BookingAction.CANCELLED
                ? "mail.section.cancelled" : "mail.section.booking")));
        blocks.add(bookingFacts(booking, t));
        blocks.add(new Paragraph(t.get("mail.mode." + booking.mode().name().toLowerCase(Locale.ROOT) + ".explained")));
        if (event.action() == BookingAction.CANCELLED) {
            blocks.addAll(freedSlots(booking.slots(), t));
        } else {
            blocks.add(new Heading(1, t.get("mail.section.price")));
            blocks.add(priceFacts(booking.price(), t));
            blocks.add(new Paragraph(t.get("mail.price.note")));
            blocks.addAll(endpoints(event.contents(), t));
        }
        blocks.add(new Link(t.get("mail.link.streamSetup"), streamSetupUrl));
        blocks.add(new Paragraph(t.get("mail.footer")));

        MailDocument document = new MailDocument(t.locale(), subject, List.copyOf(blocks));
        return new MailMessage(event.account().contactEmail(), subject, html.render(document), text.render(document));
    }

    private Facts bookingFacts(BookingDetails booking, MailTexts t) {
        SlotPlan slots = booking.slots();
        return new Facts(List.of(
                Fact.of(t.get("mail.label.reference"), booking.reference()),
                Fact.of(t.get("mail.label.mode"), t.get("mail.mode." + booking.mode().name().toLowerCase(Locale.ROOT))),
                Fact.of(t.get("mail.label.contents"), String.join(", ", booking.contentNames())),
                Fact.of(t.get("mail.label.slots"), t.get("mail.slots.arithmetic", slots.contents(),
                        slots.slotsNeeded(), slots.totalSlots())),
                Fact.of(t.get("mail.label.extraSlots"), t.get("mail.slots.extra", slots.extraSlots(),
                        slots.baseSlots())),
                Fact.of(t.get("mail.label.viewerSeats"), t.get("mail.viewerSeats.unchanged", booking.viewerSeats()))));
    }

    private Facts priceFacts(PriceBreakdown price, MailTexts t) {
        return new Facts(List.of(
                Fact.of(t.get("mail.label.addOnFee"), t.money(price.addOnFee())),
                Fact.of(t.get("mail.label.extraSlotsPrice"), t.get("mail.price.extraSlots", price.extraSlots(),
                        t.money(price.extraSlotUnitPrice()), t.money(price.extraSlotsTotal()))),
                Fact.of(t.get("mail.label.net"), t.money(price.net())),
                Fact.of(t.get("mail.label.vat", t.percent(price.vatRate())), t.money(price.vat())),
                Fact.of(t.get("mail.label.gross"), t.money(price.gross()))));
    }

    private List<Block> endpoints(List<ContentSetup> contents, MailTexts t) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, t.get("mail.section.endpoints")));
        blocks.add(new Paragraph(t.get("mail.endpoints.hint")));
        for (ContentSetup content : contents) {
            blocks.add(new Heading(2, content.name()));
            List<Fact> rows = new ArrayList<>();
            for (IngestEndpoint endpoint : content.endpoints()) {
                String entrypoint = t.get("mail.entrypoint." + endpoint.entrypoint().name().toLowerCase(Locale.ROOT));
                // the encrypted ways first: RTMPS (same key), SRT (passphrase from the portal); plain RTMP last
                SecureWays secure = endpoint.secure();
                if (secure != null && secure.rtmps()) {
                    rows.add(Fact.code(t.get("mail.label.rtmpsUrl", entrypoint), secure.rtmpsServerUrl()));
                }
                rows.add(Fact.code(t.get("mail.label.streamKey", entrypoint), endpoint.maskedKey()));
                if (secure != null && secure.srt()) {
                    rows.add(Fact.code(t.get("mail.label.srtUrl", entrypoint), secure.maskedSrtUrl()));
                }
                rows.add(Fact.code(t.get("mail.label.serverUrl", entrypoint), endpoint.serverUrl()));
            }
            blocks.add(new Facts(List.copyOf(rows)));
        }
        return blocks;
    }

    private List<Block> freedSlots(SlotPlan slots, MailTexts t) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.get("mail.cancel.freed", slots.slotsNeeded() - slots.contents())));
        if (slots.extraSlots() > 0) {
            blocks.add(new Paragraph(t.get("mail.cancel.extraFreed", slots.extraSlots())));
        }
        blocks.add(new Paragraph(t.get("mail.cancel.primaryStays")));
        return blocks;
    }
}
