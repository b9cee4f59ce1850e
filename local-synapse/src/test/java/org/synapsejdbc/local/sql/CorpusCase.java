package org.synapsejdbc.local.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement of the SQL corpus with its expectations. File format (blank lines and lines starting with
 * {@code #} are ignored): {@code > SQL} starts a case; then {@code @ offset=N}, {@code @ limit=N},
 * {@code @ user=N}, {@code @ etag=true} (return ROW_ETAG), {@code @ sort=col:DESC}, {@code @ filter=EQUAL|LIKE|IN|HAS|HAS_LIKE:col:v1,v2} (or {@code @ definingfilter=...}) set request
 * fields; expectations are {@code = v1 | v2} (one row; {@code NULL} for null), {@code empty} (no rows),
 * {@code ! reason} (exact error, {@code \n} for new lines), {@code !start reason} (error on the start POST), {@code !prefix text} / {@code !startprefix text} (the
 * reason starts with the text),
 * {@code count N}, {@code page rows=N next=M|none}, {@code headers name:TYPE:id, ...}, {@code combined SQL},
 * {@code rowids 1,2|null}, {@code etags e1,e2|null}.
 */
final class CorpusCase {

    final String file;
    final int line;
    final String sql;
    final List<String> options = new ArrayList<>();
    final List<String> expectations = new ArrayList<>();

    CorpusCase(String file, int line, String sql) {
        this.file = file;
        this.line = line;
        this.sql = sql;
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + sql;
    }

    /** The corpus files, sorted by name. */
    static List<String> files() throws IOException {
        try {
            java.net.URL dir = CorpusCase.class.getResource("/sql/corpus");
            try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
                return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            }
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static List<CorpusCase> load(String file) throws IOException {
        List<CorpusCase> cases = new ArrayList<>();
        try (InputStream in = CorpusCase.class.getResourceAsStream("/sql/corpus/" + file)) {
            if (in == null) {
                throw new IOException("missing corpus file " + file);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            CorpusCase current = null;
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].stripTrailing();
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("> ")) {
                    current = new CorpusCase(file, i + 1, l.substring(2));
                    cases.add(current);
                } else if (current == null) {
                    throw new IOException(file + ":" + (i + 1) + ": expectation before any statement");
                } else if (l.startsWith("@ ")) {
                    current.options.add(l.substring(2));
                } else {
                    current.expectations.add(l);
                }
            }
        }
        return cases;
    }
}
