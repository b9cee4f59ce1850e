package org.synapsejdbc.local.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Synapse's SQLSpecification2.csv the way the server's opencsv reader does (quote {@code "}, escape
 * backslash: {@code ""} and {@code \"} are a quote, {@code \\} is a backslash, a backslash before any other
 * character is dropped).
 */
final class SqlExampleCsv {

    /** One record: category, description, SQL. */
    record Example(int number, String category, String description, String sql) {
    }

    private SqlExampleCsv() {
    }

    /** The shared folder: {@code synapse.shared.dir}, else the sibling of {@code synapse.schemas.dir}, else ../shared. */
    static Path sharedDir() {
        String shared = System.getProperty("synapse.shared.dir");
        if (shared != null) {
            return Path.of(shared);
        }
        String schemas = System.getProperty("synapse.schemas.dir");
        if (schemas != null) {
            return Path.of(schemas).getParent();
        }
        return Path.of("..", "..", "shared");
    }

    static List<Example> load() throws IOException {
        String text = Files.readString(sharedDir().resolve("synapse-sql-examples/SQLSpecification2.csv"), StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '\\' && i + 1 < text.length()) {
                    field.append(text.charAt(++i));
                } else if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                out.add(new Example(out.size() + 1, fields.get(0), fields.get(1), fields.get(2)));
                fields.clear();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            out.add(new Example(out.size() + 1, fields.get(0), fields.get(1), fields.get(2)));
        }
        return out;
    }
}
