package org.synapsejdbc.calcite.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class SynapseParameterBinderTest {
    private static final String TEXT = SynapseParameterBinder.slot(SqlTypeName.VARCHAR, false, false);
    private static final String LIKE = SynapseParameterBinder.slot(SqlTypeName.VARCHAR, true, false);
    private static final String LIMIT = SynapseParameterBinder.slot(SqlTypeName.INTEGER, false, true);
    private static final String NUMBER = SynapseParameterBinder.slot(SqlTypeName.BIGINT, false, false);

    @Test
    void replacesPlaceholdersInTextOrderWithTypedLiterals() {
        String sql = SynapseParameterBinder.bind("SELECT \"a\" FROM syn1 WHERE \"a\" = ? AND \"n\" > ? LIMIT ?",
                new int[] {1, 0, 2}, new String[] {TEXT, NUMBER, LIMIT},
                Map.<Integer, Object>of(0, 5L, 1, "x' OR '1'='1", 2, 10)::get);
        assertEquals("SELECT \"a\" FROM syn1 WHERE \"a\" = 'x'' OR ''1''=''1' AND \"n\" > 5 LIMIT 10", sql);
    }

    @Test
    void ignoresQuestionMarksInsideQuotedStringsAndIdentifiers() {
        String sql = SynapseParameterBinder.bind(
                "SELECT \"what?\", `q?` FROM syn1 WHERE \"b\" = 'is '' it?' AND \"c\" = ?", new int[] {0},
                new String[] {TEXT}, i -> "v?");
        assertEquals("SELECT \"what?\", `q?` FROM syn1 WHERE \"b\" = 'is '' it?' AND \"c\" = 'v?'", sql);
    }

    @Test
    void likePatternsWithoutEscapeDoubleBackslashes() {
        assertEquals("\"a\" LIKE 'x\\\\%'", SynapseParameterBinder.bind("\"a\" LIKE ?", new int[] {0},
                new String[] {LIKE}, i -> "x\\%"));
        assertThrows(IllegalArgumentException.class, () -> SynapseParameterBinder.bind("\"a\" LIKE ?",
                new int[] {0}, new String[] {LIKE}, i -> 5));
    }

    @Test
    void limitsMustBeNonNegativeIntegers() {
        assertEquals("LIMIT 0", SynapseParameterBinder.bind("LIMIT ?", new int[] {0}, new String[] {LIMIT},
                i -> 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SynapseParameterBinder.bind("LIMIT ?", new int[] {0}, new String[] {LIMIT}, i -> -1));
        assertEquals("Parameter 1: LIMIT and OFFSET cannot be negative: -1", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SynapseParameterBinder.bind("LIMIT ?", new int[] {0}, new String[] {LIMIT}, i -> "5"));
        assertThrows(IllegalArgumentException.class,
                () -> SynapseParameterBinder.bind("LIMIT ?", new int[] {0}, new String[] {LIMIT}, i -> null));
    }

    @Test
    void nullParametersRenderAsNull() {
        assertEquals("\"a\" = NULL", SynapseParameterBinder.bind("\"a\" = ?", new int[] {0}, new String[] {TEXT},
                i -> null));
    }

    @Test
    void placeholderCountMustMatch() {
        assertThrows(IllegalStateException.class, () -> SynapseParameterBinder.bind("? ?", new int[] {0},
                new String[] {TEXT}, i -> "a"));
        assertThrows(IllegalStateException.class, () -> SynapseParameterBinder.bind("?", new int[] {0, 1},
                new String[] {TEXT, TEXT}, i -> "a"));
        assertThrows(IllegalArgumentException.class, () -> SynapseParameterBinder.bind("?", new int[] {0},
                new String[0], i -> "a"));
    }

    @Test
    void badValuesNameTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SynapseParameterBinder.bind("\"n\" = ? AND \"m\" = ?", new int[] {0, 1},
                        new String[] {NUMBER, NUMBER}, i -> i == 0 ? (Object) 1 : "abc"));
        assertEquals("Parameter 2: Not a number: abc", e.getMessage());
    }
}
