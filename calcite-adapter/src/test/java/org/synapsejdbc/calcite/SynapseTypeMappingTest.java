package org.synapsejdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;

class SynapseTypeMappingTest {
    private final RelDataTypeFactory types = new JavaTypeFactoryImpl();

    private String typeOf(ColumnModel column) {
        return SynapseTypeMapping.toRelType(types, column).getFullTypeString();
    }

    private static ColumnModel column(ColumnType type) {
        return new ColumnModel().setName("c").setColumnType(type);
    }

    @Test
    void everySynapseTypeHasACalciteType() {
        assertEquals("VARCHAR(50)", typeOf(column(ColumnType.STRING)));
        assertEquals("VARCHAR(7)", typeOf(column(ColumnType.STRING).setMaximumSize(7L)));
        assertEquals("VARCHAR(1000)", typeOf(column(ColumnType.LINK)));
        assertEquals("VARCHAR(2000)", typeOf(column(ColumnType.MEDIUMTEXT)));
        assertEquals("VARCHAR", typeOf(column(ColumnType.LARGETEXT)));
        assertEquals("VARCHAR", typeOf(column(ColumnType.JSON)));
        assertEquals("VARCHAR(22)", typeOf(column(ColumnType.ENTITYID)));
        for (ColumnType t : List.of(ColumnType.INTEGER, ColumnType.FILEHANDLEID, ColumnType.USERID,
                ColumnType.SUBMISSIONID, ColumnType.EVALUATIONID)) {
            assertEquals("BIGINT", typeOf(column(t)), t.name());
        }
        assertEquals("DOUBLE", typeOf(column(ColumnType.DOUBLE)));
        assertEquals("BOOLEAN", typeOf(column(ColumnType.BOOLEAN)));
        assertEquals("TIMESTAMP(3)", typeOf(column(ColumnType.DATE)));
    }

    @Test
    void listsAreArraysWithNullableElements() {
        assertEquals("VARCHAR(20) ARRAY", typeOf(column(ColumnType.STRING_LIST).setMaximumSize(20L)));
        assertEquals("BIGINT ARRAY", typeOf(column(ColumnType.INTEGER_LIST)));
        assertEquals("BIGINT ARRAY", typeOf(column(ColumnType.USERID_LIST)));
        assertEquals("BOOLEAN ARRAY", typeOf(column(ColumnType.BOOLEAN_LIST)));
        assertEquals("TIMESTAMP(3) ARRAY", typeOf(column(ColumnType.DATE_LIST)));
        assertEquals("VARCHAR(22) ARRAY", typeOf(column(ColumnType.ENTITYID_LIST)));
        RelDataType list = SynapseTypeMapping.toRelType(types, column(ColumnType.INTEGER_LIST));
        assertTrue(list.isNullable());
        assertTrue(list.getComponentType().isNullable());
    }

    @Test
    void everyColumnTypeIsMapped() {
        for (ColumnType t : ColumnType.values()) {
            RelDataType type = SynapseTypeMapping.toRelType(types, column(t));
            assertTrue(type.isNullable(), t.name());
            SynapseValueDecoder.forType(type);
        }
    }

    @Test
    void tablesExposeRowIdAndVersion() {
        RelDataType row = SynapseTypeMapping.rowType(types, new SynapseTableDescriptor("syn1", null,
                SynapseTableKind.TABLE, List.of(column(ColumnType.STRING).setName("a"))));
        assertEquals(List.of("a", "ROW_ID", "ROW_VERSION"), row.getFieldNames());
        RelDataTypeField rowId = row.getField("ROW_ID", true, false);
        assertEquals("BIGINT NOT NULL", rowId.getType().getFullTypeString());
    }

    @Test
    void viewsAlsoExposeRowEtag() {
        RelDataType row = SynapseTypeMapping.rowType(types, new SynapseTableDescriptor("syn1", null,
                SynapseTableKind.ENTITY_VIEW, List.of(column(ColumnType.ENTITYID).setName("id"))));
        assertEquals(List.of("id", "ROW_ID", "ROW_VERSION", "ROW_ETAG"), row.getFieldNames());
        assertEquals("VARCHAR(36) NOT NULL", row.getFieldList().get(3).getType().getFullTypeString());
        for (SynapseTableKind kind : List.of(SynapseTableKind.SUBMISSION_VIEW, SynapseTableKind.DATASET,
                SynapseTableKind.DATASET_COLLECTION)) {
            assertTrue(kind.hasRowEtag(), kind.name());
        }
        assertFalse(SynapseTableKind.MATERIALIZED_VIEW.hasRowEtag());
    }

    @Test
    void virtualTablesHaveNoRowMetadata() {
        RelDataType row = SynapseTypeMapping.rowType(types, new SynapseTableDescriptor("syn1", null,
                SynapseTableKind.VIRTUAL_TABLE, List.of(column(ColumnType.INTEGER).setName("k"))));
        assertEquals(List.of("k"), row.getFieldNames());
    }

    @Test
    void descriptorsValidateTheirParts() {
        assertEquals("syn12.3", new SynapseTableDescriptor("syn12", 3L, SynapseTableKind.TABLE, List.of())
                .fromName());
        assertThrows(IllegalArgumentException.class,
                () -> new SynapseTableDescriptor("SYN12", null, SynapseTableKind.TABLE, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SynapseTableDescriptor("syn12", -1L, SynapseTableKind.TABLE, List.of()));
        assertThrows(NullPointerException.class, () -> new SynapseTableDescriptor("syn12", null,
                SynapseTableKind.TABLE, List.of(new ColumnModel().setName("x"))));
        assertEquals(SynapseTableKind.MATERIALIZED_VIEW, SynapseTableKind.fromEntityType("MaterializedView"));
        assertThrows(IllegalArgumentException.class, () -> SynapseTableKind.fromEntityType("folder"));
    }
}
