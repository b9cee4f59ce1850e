package org.synapsejdbc.client.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The Synapse wire form of a {@code date-time}: ISO-8601 UTC with exactly three fraction digits. */
public final class SynapseInstant {

    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SynapseInstant() {
    }

    /** Formats an instant the way Synapse writes it, e.g. {@code 2024-10-24T18:07:06.123Z} (truncated to millis). */
    public static String format(Instant instant) {
        return WIRE.format(instant);
    }

    /**
     * Parses a date-time leniently: any ISO-8601 instant or offset date-time, a local date-time taken as UTC,
     * or epoch milliseconds.
     *
     * @throws DateTimeParseException if the text is none of these
     */
    public static Instant parse(String text) {
        String s = text.trim();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    if (s.matches("-?\\d{1,19}")) {
                        return Instant.ofEpochMilli(Long.parseLong(s));
                    }
                    throw notInstant;
                }
            }
        }
    }

    /** Writes instants in the wire form. */
    static final class Serializer extends StdScalarSerializer<Instant> {
        Serializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format(value));
        }
    }

    /** Reads instants leniently (see {@link #parse(String)}); a JSON number is epoch milliseconds. */
    static final class Deserializer extends StdScalarDeserializer<Instant> {
        Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochMilli(p.getLongValue());
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.isBlank()) {
                    return null;
                }
                try {
                    return parse(text);
                } catch (DateTimeParseException e) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 date-time");
                }
            }
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
    }
}
