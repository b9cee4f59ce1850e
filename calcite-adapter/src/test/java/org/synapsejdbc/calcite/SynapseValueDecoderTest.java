package org.synapsejdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class SynapseValueDecoderTest {
    private final RelDataTypeFactory types = new JavaTypeFactoryImpl();

    private Object decode(SqlTypeName type, String wire) {
        return SynapseValueDecoder.forType(types.createSqlType(type)).decode(wire);
    }

    private Object decodeList(SqlTypeName element, String wire) {
        return SynapseValueDecoder.forType(types.createArrayType(
                types.createTypeWithNullability(types.createSqlType(element), true), -1)).decode(wire);
    }

    @Test
    void nullStaysNullForEveryType() {
        for (SqlTypeName type : new SqlTypeName[] {SqlTypeName.VARCHAR, SqlTypeName.BIGINT, SqlTypeName.DOUBLE,
                SqlTypeName.BOOLEAN, SqlTypeName.TIMESTAMP, SqlTypeName.DECIMAL}) {
            assertNull(decode(type, null));
        }
        assertNull(decodeList(SqlTypeName.VARCHAR, null));
    }

    @Test
    void integers() {
        assertEquals(42L, decode(SqlTypeName.BIGINT, "42"));
        assertEquals(-9223372036854775808L, decode(SqlTypeName.BIGINT, "-9223372036854775808"));
        assertEquals(15L, decode(SqlTypeName.BIGINT, "15"));
        // MySQL renders some aggregates as decimals; Calcite's integer semantics truncate toward zero.
        assertEquals(2L, decode(SqlTypeName.BIGINT, "2.5000"));
        assertEquals(-2L, decode(SqlTypeName.BIGINT, "-2.9"));
        assertEquals(7, decode(SqlTypeName.INTEGER, "7"));
        assertEquals((short) 7, decode(SqlTypeName.SMALLINT, "7"));
        assertEquals((byte) -7, decode(SqlTypeName.TINYINT, "-7"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> decode(SqlTypeName.BIGINT, "abc"));
        assertEquals("Synapse returned 'abc' for a BIGINT value", e.getMessage());
        assertThrows(IllegalStateException.class, () -> decode(SqlTypeName.INTEGER, "99999999999"));
        assertThrows(IllegalStateException.class, () -> decode(SqlTypeName.BIGINT, "99999999999999999999"));
    }

    @Test
    void doublesKeepNaNAndInfinities() {
        assertEquals(1.5, decode(SqlTypeName.DOUBLE, "1.5"));
        assertEquals(1.0E10, decode(SqlTypeName.DOUBLE, "1.0E10"));
        assertTrue(Double.isNaN((Double) decode(SqlTypeName.DOUBLE, "NaN")));
        assertEquals(Double.POSITIVE_INFINITY, decode(SqlTypeName.DOUBLE, "Infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, decode(SqlTypeName.DOUBLE, "-Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, decode(SqlTypeName.DOUBLE, "+inf"));
        assertEquals(-0.0, decode(SqlTypeName.DOUBLE, "-0.0"));
        assertEquals(2.5f, decode(SqlTypeName.REAL, "2.5"));
        assertThrows(IllegalStateException.class, () -> decode(SqlTypeName.DOUBLE, "1,5"));
    }

    @Test
    void decimalsBooleansAndStrings() {
        assertEquals(new BigDecimal("2.5000"), decode(SqlTypeName.DECIMAL, "2.5000"));
        assertEquals(Boolean.TRUE, decode(SqlTypeName.BOOLEAN, "true"));
        assertEquals(Boolean.FALSE, decode(SqlTypeName.BOOLEAN, "false"));
        assertEquals(Boolean.TRUE, decode(SqlTypeName.BOOLEAN, "1"));
        assertEquals(Boolean.FALSE, decode(SqlTypeName.BOOLEAN, "0"));
        assertThrows(IllegalStateException.class, () -> decode(SqlTypeName.BOOLEAN, "yes"));
        assertEquals("", decode(SqlTypeName.VARCHAR, ""));
        assertEquals(" padded ", decode(SqlTypeName.VARCHAR, " padded "));
        assertEquals("syn123", decode(SqlTypeName.VARCHAR, "syn123"));
        assertEquals("{\"a\": [1, 2]}", decode(SqlTypeName.VARCHAR, "{\"a\": [1, 2]}"));
    }

    @Test
    void datesAreEpochMillisecondsUtc() {
        assertEquals(1704067200123L, decode(SqlTypeName.TIMESTAMP, "1704067200123"));
        assertEquals(-1L, decode(SqlTypeName.TIMESTAMP, "-1"));
        assertThrows(IllegalStateException.class, () -> decode(SqlTypeName.TIMESTAMP, "2024-01-01"));
    }

    @Test
    void listsAreDecodedFromJsonArrays() {
        assertEquals(List.of("a", "b, c", "d\"e"), decodeList(SqlTypeName.VARCHAR, "[\"a\", \"b, c\", \"d\\\"e\"]"));
        assertEquals(List.of(1L, 2L, -3L), decodeList(SqlTypeName.BIGINT, "[1, 2, -3]"));
        assertEquals(List.of(true, false), decodeList(SqlTypeName.BOOLEAN, "[true, false]"));
        assertEquals(List.of(1704067200000L), decodeList(SqlTypeName.TIMESTAMP, "[1704067200000]"));
        assertEquals(List.of("syn1", "syn22"), decodeList(SqlTypeName.VARCHAR, "[\"syn1\",\"syn22\"]"));
        assertEquals(Arrays.asList("a", null), decodeList(SqlTypeName.VARCHAR, "[\"a\", null]"));
        assertEquals(List.of(), decodeList(SqlTypeName.VARCHAR, "[]"));
        assertEquals(List.of(1.5, Double.NaN), decodeList(SqlTypeName.DOUBLE, "[1.5, \"NaN\"]"));
        assertThrows(IllegalStateException.class, () -> decodeList(SqlTypeName.VARCHAR, "not json"));
        assertThrows(IllegalStateException.class, () -> decodeList(SqlTypeName.VARCHAR, "{\"a\":1}"));
        assertThrows(IllegalStateException.class, () -> decodeList(SqlTypeName.BIGINT, "[\"x\"]"));
    }

    @Test
    void codesRoundTrip() {
        assertEquals("BIGINT", SynapseValueDecoder.codeOf(types.createSqlType(SqlTypeName.BIGINT)));
        assertEquals("ARRAY:TIMESTAMP", SynapseValueDecoder.codeOf(
                types.createArrayType(types.createSqlType(SqlTypeName.TIMESTAMP), -1)));
        assertEquals("ARRAY:VARCHAR", SynapseValueDecoder.forCode("ARRAY:VARCHAR").code());
        assertThrows(IllegalArgumentException.class, () -> SynapseValueDecoder.forCode("ARRAY:ARRAY:VARCHAR"));
        assertThrows(IllegalArgumentException.class,
                () -> SynapseValueDecoder.forType(types.createSqlType(SqlTypeName.VARBINARY)));
    }
}
