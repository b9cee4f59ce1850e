package org.synapsejdbc.client.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire form of the schema type {@code tuplearraymap}: a {@code Map<String, String>} written as
 * {@code [{"key": "k", "value": "v"}, ...]} (a null value is written as {@code "value": null}).
 */
public final class TupleArrayMap {

    private TupleArrayMap() {
    }

    /** Writes a map as an array of key/value objects, in the map's iteration order. */
    public static final class Serializer extends StdSerializer<Map<String, String>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Serializer() {
            super((Class<Map<String, String>>) (Class) Map.class);
        }

        @Override
        public void serialize(Map<String, String> value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartArray();
            for (Map.Entry<String, String> e : value.entrySet()) {
                gen.writeStartObject();
                gen.writeStringField("key", e.getKey());
                gen.writeStringField("value", e.getValue());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    /** Reads an array of key/value objects into an insertion-ordered map; unknown fields are ignored. */
    public static final class Deserializer extends StdDeserializer<Map<String, String>> {
        public Deserializer() {
            super(Map.class);
        }

        @Override
        public Map<String, String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return castMap(ctxt.handleUnexpectedToken(Map.class, p));
            }
            Map<String, String> map = new LinkedHashMap<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    return castMap(ctxt.handleUnexpectedToken(Map.class, p));
                }
                String key = null;
                String value = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if ("key".equals(field)) {
                        key = scalar(p, t, ctxt);
                    } else if ("value".equals(field)) {
                        value = scalar(p, t, ctxt);
                    } else {
                        p.skipChildren();
                    }
                }
                if (key == null) {
                    ctxt.reportInputMismatch(this, "tuplearraymap entry without a \"key\"");
                }
                map.put(key, value);
            }
            return map;
        }

        private String scalar(JsonParser p, JsonToken t, DeserializationContext ctxt) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t.isScalarValue()) {
                return p.getText();
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, String> castMap(Object o) {
            return (Map<String, String>) o;
        }
    }
}
