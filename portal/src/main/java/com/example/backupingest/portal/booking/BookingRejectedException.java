package com.example.backupingest.portal.booking;

import java.util.List;

/** Thrown instead of saving anything when a draft has problems, or a booking already exists. */
public class BookingRejectedException extends RuntimeException {

    private final List<BookingProblem> problems;

    public BookingRejectedException(List<BookingProblem> problems) {
        super("booking rejected: " + problems.stream().map(BookingProblem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<BookingProblem> problems() {
        return problems;
    }
}
