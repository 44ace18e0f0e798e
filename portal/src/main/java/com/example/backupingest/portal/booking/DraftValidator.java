package com.example.backupingest.portal.booking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks a draft field by field; message keys are resolved by the views (booking.error.*). */
@Component
class DraftValidator {

    static final int MAX_NAME_LENGTH = 60;

    private final BookingProperties properties;

    DraftValidator(BookingProperties properties) {
        this.properties = properties;
    }

    @SuppressWarnings("ConstantValue") // a form may hand over null despite the contract
    List<BookingProblem> validate(BookingDraft draft) {
        List<BookingProblem> problems = new ArrayList<>();
        if (draft.mode() == null) {
            problems.add(BookingProblem.of("mode", "booking.error.mode"));
        }
        List<String> names = names(draft);
        if (names.isEmpty()) {
            problems.add(BookingProblem.of("contents", "booking.error.contents.none"));
        } else if (names.size() > properties.maxContents()) {
            problems.add(BookingProblem.of("contents", "booking.error.contents.tooMany", properties.maxContents()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String field = "contents[" + i + "]";
            if (name.isEmpty()) {
                problems.add(BookingProblem.of(field, "booking.error.name.blank"));
            } else if (name.length() > MAX_NAME_LENGTH) {
                problems.add(BookingProblem.of(field, "booking.error.name.tooLong", MAX_NAME_LENGTH));
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(BookingProblem.of(field, "booking.error.name.duplicate"));
            }
        }
        if (!draft.termsAccepted()) {
            problems.add(BookingProblem.of("terms", "booking.error.terms"));
        }
        return List.copyOf(problems);
    }

    /** Names as stored: trimmed, inner whitespace (also line breaks) collapsed to one space. */
    @SuppressWarnings("ConstantValue")
    static List<String> names(BookingDraft draft) {
        if (draft.contentNames() == null) {
            return List.of();
        }
        return draft.contentNames().stream().map(DraftValidator::normalize).toList();
    }

    private static String normalize(@Nullable String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
