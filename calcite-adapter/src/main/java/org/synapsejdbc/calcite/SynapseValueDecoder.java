package org.synapsejdbc.calcite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.client.model.SynapseJson;

/**
 * Turns one Synapse wire value (a JSON string or null in {@code Row.values}) into the Java value Calcite's generated
 * code expects for a SQL type: Long for BIGINT and TIMESTAMP (epoch ms UTC), Double for DOUBLE (NaN and the
 * infinities preserved), Boolean, String, BigDecimal, and a {@link List} for ARRAY (from the JSON array text).
 *
 * <p>Decoders are identified by a short code ({@link #codeOf(RelDataType)}) so generated code can carry them as string
 * constants.
 */
public final class SynapseValueDecoder {
    private static final String ARRAY_PREFIX = "ARRAY:";

    private final String code;
    private final SqlTypeName type;
    private final SynapseValueDecoder element;

    private SynapseValueDecoder(String code, SqlTypeName type, SynapseValueDecoder element) {
        this.code = code;
        this.type = type;
        this.element = element;
    }

    /** The code of the decoder for values of this Calcite type. */
    public static String codeOf(RelDataType relType) {
        SqlTypeName name = relType.getSqlTypeName();
        if (name == SqlTypeName.ARRAY) {
            RelDataType component = relType.getComponentType();
            if (component == null) {
                throw new IllegalArgumentException("Array type without component: " + relType);
            }
            return ARRAY_PREFIX + codeOf(component);
        }
        return checkScalar(name).name();
    }

    /** The decoder for a code made by {@link #codeOf(RelDataType)}. */
    public static SynapseValueDecoder forCode(String code) {
        if (code.startsWith(ARRAY_PREFIX)) {
            SynapseValueDecoder element = forCode(code.substring(ARRAY_PREFIX.length()));
            if (element.type == SqlTypeName.ARRAY) {
                throw new IllegalArgumentException("Nested arrays are not Synapse values: " + code);
            }
            return new SynapseValueDecoder(code, SqlTypeName.ARRAY, element);
        }
        return new SynapseValueDecoder(code, checkScalar(SqlTypeName.valueOf(code)), null);
    }

    /** The decoder for values of this Calcite type. */
    public static SynapseValueDecoder forType(RelDataType relType) {
        return forCode(codeOf(relType));
    }

    public String code() {
        return code;
    }

    /** Decodes one wire value; null stays null. */
    public Object decode(String wire) {
        if (wire == null) {
            return null;
        }
        try {
            if (type == SqlTypeName.ARRAY) {
                return decodeList(wire);
            }
            return decodeScalar(wire);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalStateException("Synapse returned '" + abbreviate(wire) + "' for a " + code + " value", e);
        }
    }

    private Object decodeScalar(String text) {
        switch (type) {
            case VARCHAR:
            case CHAR:
                return text;
            case BIGINT:
            case TIMESTAMP:
                return integral(text);
            case INTEGER:
                return Math.toIntExact(integral(text));
            case SMALLINT:
                return (short) Math.toIntExact(integral(text));
            case TINYINT:
                return (byte) Math.toIntExact(integral(text));
            case DOUBLE:
            case FLOAT:
                return parseDouble(text);
            case REAL:
                return (float) parseDouble(text);
            case DECIMAL:
                return new BigDecimal(text.trim());
            case BOOLEAN:
                return parseBoolean(text);
            default:
                throw new AssertionError(type);
        }
    }

    /** Integers, also when MySQL renders an aggregate as a decimal ({@code "15"}, {@code "2.5000"}): truncated like
     * Calcite's integer arithmetic. */
    private static long integral(String text) {
        String t = text.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return new BigDecimal(t).setScale(0, RoundingMode.DOWN).longValueExact();
        }
    }

    private static double parseDouble(String text) {
        String t = text.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "infinity":
            case "+infinity":
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity":
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(t);
        }
    }

    private static Boolean parseBoolean(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
                return Boolean.TRUE;
            case "false":
            case "0":
                return Boolean.FALSE;
            default:
                throw new NumberFormatException("not a boolean");
        }
    }

    private List<Object> decodeList(String wire) {
        JsonNode node;
        try {
            node = SynapseJson.mapper().readTree(wire);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Synapse returned a list value that is not JSON: '" + abbreviate(wire) + "'",
                    e);
        }
        if (node == null || !node.isArray()) {
            throw new IllegalStateException("Synapse returned a list value that is not a JSON array: '"
                    + abbreviate(wire) + "'");
        }
        List<Object> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            values.add(item.isNull() ? null : element.decode(item.isTextual() ? item.textValue() : item.toString()));
        }
        return Collections.unmodifiableList(values);
    }

    private static SqlTypeName checkScalar(SqlTypeName name) {
        switch (name) {
            case VARCHAR:
            case CHAR:
            case BIGINT:
            case INTEGER:
            case SMALLINT:
            case TINYINT:
            case DOUBLE:
            case FLOAT:
            case REAL:
            case DECIMAL:
            case BOOLEAN:
            case TIMESTAMP:
                return name;
            default:
                throw new IllegalArgumentException("No Synapse decoding for SQL type " + name);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    @Override
    public String toString() {
        return "SynapseValueDecoder{" + code + "}";
    }
}
