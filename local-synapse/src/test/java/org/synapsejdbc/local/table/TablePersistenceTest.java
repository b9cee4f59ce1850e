package org.synapsejdbc.local.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synapsejdbc.local.table.TableTestSupport.col;
import static org.synapsejdbc.local.table.TableTestSupport.partialRows;
import static org.synapsejdbc.local.table.TableTestSupport.row;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** Tables, rows, snapshots and column ids survive a restart on the same data directory. */
class TablePersistenceTest {

    @TempDir
    Path dir;

    @Test
    void rowsAndSnapshotsSurviveARestart() {
        String table;
        String name;
        try (LocalSynapse s = LocalSynapse.builder().dataDir(dir).port(0).throttles(false).build().start()) {
            TableTestSupport t = new TableTestSupport(new Http(s.baseUrl(), BuiltInUsers.USER1_TOKEN));
            name = t.columns(col("name", "STRING")).get(0);
            table = t.table(t.project(), List.of(name));
            t.transaction(table, partialRows(table, row(null, name, "Éva"), row(null, name, "eva"))).expect(201);
            new Http(s.baseUrl(), BuiltInUsers.USER1_TOKEN).post("/repo/v1/entity/" + table + "/table/snapshot",
                    Bodies.obj()).expect(201);
            t.transaction(table, partialRows(table, row(null, name, "x"))).expect(201);
        }
        try (LocalSynapse s = LocalSynapse.builder().dataDir(dir).port(0).throttles(false).build().start()) {
            TableTestSupport t = new TableTestSupport(new Http(s.baseUrl(), BuiltInUsers.USER1_TOKEN));
            assertEquals(List.of(List.of("2")), t.values(table, "select count(*) from " + table + " where name = 'EVA'"));
            assertEquals(List.of(List.of("2")), t.values(table, "select count(*) from " + table + ".1"));
            assertEquals(name, t.columns(col("name", "STRING")).get(0));
            t.transaction(table, partialRows(table, row(null, name, "y"))).expect(201);
            assertEquals(List.of(List.of("4")), t.values(table, "select count(*) from " + table));
        }
    }
}
