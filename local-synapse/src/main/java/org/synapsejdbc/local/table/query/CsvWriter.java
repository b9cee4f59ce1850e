package org.synapsejdbc.local.table.query;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.synapsejdbc.client.model.CsvTableDescriptor;

/**
 * Writes CSV as Synapse's patched opencsv {@code CSVWriter}: every non-null value quoted, null as an empty
 * unquoted field, the quote character and the escape character doubled inside quotes.
 */
final class CsvWriter {

    private final Writer out;
    private final String separator;
    private final char quote;
    private final char escape;
    private final String lineEnd;

    CsvWriter(Writer out, CsvTableDescriptor d) {
        this.out = out;
        this.separator = d == null || d.getSeparator() == null ? "," : d.getSeparator();
        this.quote = d == null || d.getQuoteCharacter() == null || d.getQuoteCharacter().isEmpty() ? '"'
                : d.getQuoteCharacter().charAt(0);
        this.escape = d == null || d.getEscapeCharacter() == null || d.getEscapeCharacter().isEmpty() ? '\\'
                : d.getEscapeCharacter().charAt(0);
        this.lineEnd = d == null || d.getLineEnd() == null ? "\n" : d.getLineEnd();
    }

    void write(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            String v = fields.get(i);
            if (v == null) {
                continue;
            }
            out.write(quote);
            for (int k = 0; k < v.length(); k++) {
                char ch = v.charAt(k);
                if (ch == quote || ch == escape) {
                    out.write(ch);
                }
                out.write(ch);
            }
            out.write(quote);
        }
        out.write(lineEnd);
    }
}
