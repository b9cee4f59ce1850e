package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** The description of a csv for upload or download. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class CsvTableDescriptor {
    /** The delimiter to be used for separating entries in the resulting file. */
    private String separator;

    /** The character to be used for quoted elements in the resulting file. */
    private String quoteCharacter;

    /** The escape character to be used for escaping a separator or quote in the resulting file. */
    private String escapeCharacter;

    /** The line feed terminator to be used for the resulting file. */
    private String lineEnd;

    /** Is the first line a header? The default value of 'true' will be used if this is not provided by the caller. */
    private Boolean isFirstLineHeader;

    public String getSeparator() {
        return separator;
    }

    public CsvTableDescriptor setSeparator(String separator) {
        this.separator = separator;
        return this;
    }

    public String getQuoteCharacter() {
        return quoteCharacter;
    }

    public CsvTableDescriptor setQuoteCharacter(String quoteCharacter) {
        this.quoteCharacter = quoteCharacter;
        return this;
    }

    public String getEscapeCharacter() {
        return escapeCharacter;
    }

    public CsvTableDescriptor setEscapeCharacter(String escapeCharacter) {
        this.escapeCharacter = escapeCharacter;
        return this;
    }

    public String getLineEnd() {
        return lineEnd;
    }

    public CsvTableDescriptor setLineEnd(String lineEnd) {
        this.lineEnd = lineEnd;
        return this;
    }

    public Boolean getIsFirstLineHeader() {
        return isFirstLineHeader;
    }

    public CsvTableDescriptor setIsFirstLineHeader(Boolean isFirstLineHeader) {
        this.isFirstLineHeader = isFirstLineHeader;
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        CsvTableDescriptor that = (CsvTableDescriptor) o;
        return Objects.equals(separator, that.separator)
                && Objects.equals(quoteCharacter, that.quoteCharacter)
                && Objects.equals(escapeCharacter, that.escapeCharacter)
                && Objects.equals(lineEnd, that.lineEnd)
                && Objects.equals(isFirstLineHeader, that.isFirstLineHeader);
    }

    @Override
    public int hashCode() {
        return Objects.hash(separator, quoteCharacter, escapeCharacter, lineEnd, isFirstLineHeader);
    }

    @Override
    public String toString() {
        return "CsvTableDescriptor{"
                + "separator=" + separator
                + ", quoteCharacter=" + quoteCharacter
                + ", escapeCharacter=" + escapeCharacter
                + ", lineEnd=" + lineEnd
                + ", isFirstLineHeader=" + isFirstLineHeader
                + '}';
    }
}
