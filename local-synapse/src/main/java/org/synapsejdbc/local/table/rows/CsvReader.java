package org.synapsejdbc.local.table.rows;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.CsvTableDescriptor;

/**
 * Reads CSV records as Synapse's opencsv reader does: a separator, a quote character (doubled inside quotes),
 * an escape character that takes the next character literally, records ending at CR/LF outside quotes.
 * Empty fields (quoted or not) are null, as Synapse treats them.
 */
public final class CsvReader {

    private final Reader in;
    private final char separator;
    private final char quote;
    private final char escape;
    private int pushback = -2;

    public CsvReader(Reader in, CsvTableDescriptor d) {
        this.in = in;
        this.separator = charOf(d == null ? null : d.getSeparator(), ',');
        this.quote = charOf(d == null ? null : d.getQuoteCharacter(), '"');
        this.escape = charOf(d == null ? null : d.getEscapeCharacter(), '\\');
    }

    private static char charOf(String s, char dflt) {
        return s == null || s.isEmpty() ? dflt : s.charAt(0);
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        return in.read();
    }

    /** The next record, or null at the end of the input. */
    public List<String> next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        while (true) {
            if (c == -1) {
                fields.add(field.length() == 0 ? null : field.toString());
                return fields;
            }
            char ch = (char) c;
            if (inQuotes) {
                if (ch == escape && escape != quote) {
                    int n = read();
                    if (n != -1) {
                        field.append((char) n);
                    }
                } else if (ch == quote) {
                    int n = read();
                    if (n == quote) {
                        field.append(quote);
                    } else {
                        inQuotes = false;
                        pushback = n;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == quote) {
                inQuotes = true;
            } else if (ch == separator) {
                fields.add(field.length() == 0 ? null : field.toString());
                field.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                fields.add(field.length() == 0 ? null : field.toString());
                if (ch == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pushback = n;
                    }
                }
                return fields;
            } else if (ch == escape) {
                int n = read();
                if (n != -1) {
                    field.append((char) n);
                }
            } else {
                field.append(ch);
            }
            c = read();
        }
    }
}
