package org.synapsejdbc.local.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.check.TableSchema;
import org.synapsejdbc.local.sql.h2.CellCodec;
import org.synapsejdbc.local.sql.h2.CellValue;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.sql.h2.RowWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-off measurement (not a test): loads N rows (default 1,000,000) into a file-backed table-index database,
 * times filtered {@code count(*)} queries through the engine, then streams the whole table page by page and
 * reports the heap in use, to show memory does not grow with the table.
 * Usage: {@code java -cp ... org.synapsejdbc.local.sql.SqlEngineBenchmark [rows] [dbPath]}.
 */
public final class SqlEngineBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SqlEngineBenchmark.class);

    private SqlEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String path = args.length > 1 ? args[1] : "/tmp/sql-engine-bench/index";
        List<ColumnModel> cols = List.of(
                new ColumnModel().setId("1").setName("name").setColumnType(ColumnType.STRING).setMaximumSize(50L),
                new ColumnModel().setId("2").setName("n").setColumnType(ColumnType.INTEGER),
                new ColumnModel().setId("3").setName("x").setColumnType(ColumnType.DOUBLE),
                new ColumnModel().setId("4").setName("day").setColumnType(ColumnType.DATE));
        TableSchema schema = TableSchema.table(7, null, cols);
        try (Connection conn = DriverManager.getConnection("jdbc:h2:file:" + path)) {
            PhysicalLayout.initializeDatabase(conn);
            PhysicalLayout.execute(conn, PhysicalLayout.dropTable(7, null, cols));
            PhysicalLayout.execute(conn, PhysicalLayout.createTable(7, cols));
            long t0 = System.nanoTime();
            conn.setAutoCommit(false);
            try (RowWriter w = new RowWriter(conn, 7, cols)) {
                for (int r = 0; r < rows; r++) {
                    List<CellValue> cells = new ArrayList<>(4);
                    cells.add(CellCodec.toStorage(cols.get(0), (r % 2 == 0 ? "Row-" : "row-") + (r % 1000), r, 0));
                    cells.add(CellCodec.toStorage(cols.get(1), Integer.toString(r), r, 1));
                    cells.add(CellCodec.toStorage(cols.get(2), r % 97 == 0 ? "NaN" : Double.toString(r / 7.0), r, 2));
                    cells.add(CellCodec.toStorage(cols.get(3), Long.toString(1_577_836_800_000L + r * 60_000L), r, 3));
                    w.insert(r + 1, 1, null, null, cells);
                    if (r % 100_000 == 99_999) {
                        w.flush();
                        conn.commit();
                        LOG.info("loaded {} rows", r + 1);
                    }
                }
            }
            conn.commit();
            conn.setAutoCommit(true);
            LOG.info("load of {} rows: {} ms", rows, (System.nanoTime() - t0) / 1_000_000);
            String[] counts = {
                "select count(*) from syn7 where n > 500000",
                "select count(*) from syn7 where n between 1000 and 900000 and x > 100",
                "select count(*) from syn7 where name = 'ROW-42'",
                "select count(*) from syn7 where name like 'row-9%'",
                "select count(*) from syn7 where isnan(x)"};
            for (String sql : counts) {
                for (int run = 0; run < 3; run++) {
                    long t = System.nanoTime();
                    List<String> value = new ArrayList<>();
                    SqlEngine.prepare(sql, QueryRequest.of(schema, 1)).executePage(conn, (id, v, e, values) -> value.add(values.get(0)));
                    LOG.info("{} -> {} in {} ms (run {})", sql, value.get(0), (System.nanoTime() - t) / 1_000_000, run + 1);
                }
            }
            long t = System.nanoTime();
            long count = SqlEngine.prepare("select * from syn7 where n >= 0", QueryRequest.of(schema, 1)).count(conn);
            LOG.info("queryCount of a plain filtered query: {} in {} ms", count, (System.nanoTime() - t) / 1_000_000);
            streamAll(conn, schema, rows);
        }
    }

    /** Reads the whole table page after page (offset paging with ORDER BY ROW_ID, as a driver does). */
    private static void streamAll(Connection conn, TableSchema schema, int rows) {
        Runtime rt = Runtime.getRuntime();
        long offset = 0;
        long seen = 0;
        long t = System.nanoTime();
        long maxUsed = 0;
        while (true) {
            QueryRequest req = QueryRequest.of(schema, 1).withPaging(offset, null);
            PreparedSynapseQuery q = SqlEngine.prepare("select * from syn7 order by ROW_ID", req);
            long[] got = {0};
            PageResult page = q.executePage(conn, (id, v, e, values) -> got[0]++);
            seen += got[0];
            if (seen % (q.maxRowsPerPage() * 100) < q.maxRowsPerPage()) {
                System.gc();
                long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                maxUsed = Math.max(maxUsed, used);
                LOG.info("streamed {} rows (page size {}), heap used {} MiB", seen, q.maxRowsPerPage(), used);
            }
            if (page.nextPageOffset() == null) {
                break;
            }
            offset = page.nextPageOffset();
        }
        LOG.info("streamed all {} of {} rows in {} ms; max heap used after GC {} MiB", seen, rows,
                (System.nanoTime() - t) / 1_000_000, maxUsed);
    }
}
