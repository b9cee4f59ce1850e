package org.synapsejdbc.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The outcome of one benchmark case: its result rows and the notes that explain them (method, misses, causes). */
public final class CaseReport {
    private final String id;
    private final String title;
    private final List<ResultRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public CaseReport(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<ResultRow> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    public CaseReport row(ResultRow r) {
        rows.add(r);
        return this;
    }

    public CaseReport note(String text) {
        notes.add(text);
        return this;
    }
}
