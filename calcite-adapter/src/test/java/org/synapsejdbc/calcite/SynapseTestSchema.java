package org.synapsejdbc.calcite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;

/**
 * Test fixture: a real Calcite connection ({@code lex=MYSQL_ANSI}, nulls low, UTC) whose schema {@code p} holds
 * Synapse tables built from column models, plus helpers to capture the generated Synapse SQL and the plan.
 */
final class SynapseTestSchema implements AutoCloseable {
    final InMemorySynapseExecutor executor = new InMemorySynapseExecutor();
    final Connection connection;

    SynapseTestSchema() throws SQLException {
        Properties info = new Properties();
        info.setProperty("lex", "MYSQL_ANSI");
        info.setProperty("defaultNullCollation", "LOW");
        info.setProperty("timeZone", "UTC");
        connection = DriverManager.getConnection("jdbc:calcite:", info);
        CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
        Map<String, Table> tables = new HashMap<>();
        tables.put("syn100", new SynapseTable(new SynapseTableDescriptor("syn100", null, SynapseTableKind.TABLE,
                tableColumns()), executor));
        tables.put("syn100.3", new SynapseTable(new SynapseTableDescriptor("syn100", 3L, SynapseTableKind.TABLE,
                tableColumns()), executor));
        tables.put("syn200", new SynapseTable(new SynapseTableDescriptor("syn200", null,
                SynapseTableKind.ENTITY_VIEW, viewColumns()), executor));
        tables.put("syn300", new SynapseTable(new SynapseTableDescriptor("syn300", null,
                SynapseTableKind.VIRTUAL_TABLE, List.of(column("k", ColumnType.INTEGER))), executor));
        calcite.getRootSchema().add("p", new AbstractSchema() {
            @Override
            protected Map<String, Table> getTableMap() {
                return tables;
            }
        });
        calcite.setSchema("p");
    }

    static ColumnModel column(String name, ColumnType type) {
        return new ColumnModel().setName(name).setColumnType(type);
    }

    static List<ColumnModel> tableColumns() {
        return List.of(
                column("name", ColumnType.STRING).setMaximumSize(50L),
                column("n", ColumnType.INTEGER),
                column("d", ColumnType.DOUBLE),
                column("flag", ColumnType.BOOLEAN),
                column("created", ColumnType.DATE),
                column("parent", ColumnType.ENTITYID),
                column("tags", ColumnType.STRING_LIST).setMaximumSize(20L),
                column("nums", ColumnType.INTEGER_LIST),
                column("dates", ColumnType.DATE_LIST),
                column("doc", ColumnType.JSON),
                column("year", ColumnType.STRING),
                column("we\"ird", ColumnType.STRING),
                column("city", ColumnType.STRING));
    }

    static List<ColumnModel> viewColumns() {
        return List.of(
                column("id", ColumnType.ENTITYID),
                column("name", ColumnType.STRING).setMaximumSize(256L),
                column("size", ColumnType.INTEGER));
    }

    /** Runs a query and returns the Synapse SQL statements planned for it (captured from {@link Hook#QUERY_PLAN}). */
    List<String> synapseSql(String sql) throws SQLException {
        List<String> captured = new ArrayList<>();
        Consumer<Object> capture = s -> captured.add(String.valueOf(s));
        Hook.Closeable hook = Hook.QUERY_PLAN.addThread(capture);
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        } finally {
            hook.close();
        }
        return captured;
    }

    /** The single Synapse statement a query pushes. */
    String pushed(String sql) throws SQLException {
        List<String> statements = synapseSql(sql);
        if (statements.size() != 1) {
            throw new AssertionError("Expected one Synapse statement for " + sql + " but got " + statements);
        }
        return statements.get(0);
    }

    /** The text of {@code EXPLAIN PLAN FOR sql}. */
    String explain(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("EXPLAIN PLAN FOR " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1));
            }
        }
        return plan.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
