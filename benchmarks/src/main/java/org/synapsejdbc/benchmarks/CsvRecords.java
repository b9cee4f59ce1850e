package org.synapsejdbc.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A small RFC 4180 reader for Synapse's CSV downloads (quoted values, doubled quotes), for the baseline. */
final class CsvRecords {
    private CsvRecords() {
    }

    /** Reads every record, hands each to {@code sink} (null for an empty unquoted field); returns the data records. */
    static long read(Reader in, boolean skipHeader, Consumer<String[]> sink) throws IOException {
        char[] buf = new char[64 * 1024];
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean afterQuote = false;
        boolean any = false;
        long records = 0;
        boolean header = skipHeader;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (inQuotes) {
                    if (c == '"') {
                        inQuotes = false;
                        afterQuote = true;
                    } else {
                        field.append(c);
                    }
                    continue;
                }
                if (c == '"') {
                    if (afterQuote) {
                        field.append('"');
                    }
                    inQuotes = true;
                    quoted = true;
                    afterQuote = false;
                    any = true;
                } else if (c == ',') {
                    fields.add(quoted || field.length() > 0 ? field.toString() : null);
                    field.setLength(0);
                    quoted = false;
                    afterQuote = false;
                    any = true;
                } else if (c == '\n' || c == '\r') {
                    if (any || field.length() > 0) {
                        fields.add(quoted || field.length() > 0 ? field.toString() : null);
                        if (header) {
                            header = false;
                        } else {
                            sink.accept(fields.toArray(new String[0]));
                            records++;
                        }
                    }
                    fields.clear();
                    field.setLength(0);
                    quoted = false;
                    afterQuote = false;
                    any = false;
                } else {
                    field.append(c);
                    afterQuote = false;
                    any = true;
                }
            }
        }
        if (any || field.length() > 0) {
            fields.add(quoted || field.length() > 0 ? field.toString() : null);
            if (!header) {
                sink.accept(fields.toArray(new String[0]));
                records++;
            }
        }
        return records;
    }
}
