package com.example.backupingest.monitor.api;

/** The two physically separate ingest servers of a content: A (primary) and B (backup). */
public enum Entrypoint {
    PRIMARY("A"),
    BACKUP("B");

    private final String letter;

    Entrypoint(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }

    public Entrypoint other() {
        return this == PRIMARY ? BACKUP : PRIMARY;
    }
}
