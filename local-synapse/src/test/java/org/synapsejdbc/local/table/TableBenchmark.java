package org.synapsejdbc.local.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.support.Http;
import org.synapsejdbc.local.table.rows.RowChange;

/**
 * A manual benchmark (not a unit test): loads N rows (default 1,000,000) into a table, then times a filtered
 * {@code count(*)} over HTTP and pages through a filtered result, printing heap use after each page.
 * Run: {@code java -cp <test classpath> org.synapsejdbc.local.table.TableBenchmark [rows]}.
 */
public final class TableBenchmark {

    private TableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (LocalSynapse server = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start()) {
            Http http = new Http(server.baseUrl(), BuiltInUsers.USER1_TOKEN);
            TableTestSupport t = new TableTestSupport(http);
            TableServices services = server.context().service(TableServices.class);
            List<ColumnModel> cols = services.columns().createAll(List.of(
                    new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(20L),
                    new ColumnModel().setName("n").setColumnType(ColumnType.INTEGER),
                    new ColumnModel().setName("score").setColumnType(ColumnType.DOUBLE)));
            List<String> ids = new ArrayList<>();
            cols.forEach(c -> ids.add(c.getId()));
            String table = t.table(t.project(), ids);
            long t0 = System.nanoTime();
            int batch = 50_000;
            for (int start = 0; start < n; start += batch) {
                List<RowChange> rows = new ArrayList<>(batch);
                for (int i = start; i < Math.min(n, start + batch); i++) {
                    Map<String, String> v = new LinkedHashMap<>();
                    v.put(ids.get(0), "name" + (i % 1000));
                    v.put(ids.get(1), Integer.toString(i));
                    v.put(ids.get(2), Double.toString(i / 7.0));
                    rows.add(new RowChange(null, null, v));
                }
                services.rows().apply(services.tables().table(SynIds.parse(table), null), rows, null);
            }
            System.out.printf("loaded %,d rows in %,d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
            for (int k = 0; k < 3; k++) {
                long q0 = System.nanoTime();
                JsonNode b = t.query(table, "select count(*) from " + table + " where n > " + (n / 2) + " and name = 'NAME7'",
                        1).expect(201).json();
                System.out.printf("filtered count(*) = %s in %,d ms (HTTP, start + poll)%n",
                        b.get("queryResult").get("queryResults").get("rows").get(0).get("values").get(0).asText(),
                        (System.nanoTime() - q0) / 1_000_000);
            }
            long p0 = System.nanoTime();
            long offset = 0;
            int pages = 0;
            while (pages < 40) {
                String sql = "select name, n, score from " + table + " where n >= 0";
                var body = org.synapsejdbc.local.support.Bodies.obj().put("concreteType",
                        "org.sagebionetworks.repo.model.table.QueryBundleRequest").put("partMask", 9);
                body.putObject("query").put("sql", sql).put("offset", offset);
                JsonNode r = t.job("/repo/v1/entity/" + table + "/table/query/async", body).expect(201).json();
                int got = r.get("queryResult").get("queryResults").get("rows").size();
                offset += got;
                pages++;
                Runtime rt = Runtime.getRuntime();
                System.gc();
                System.out.printf("page %d: %,d rows (offset %,d), heap used %,d MB%n", pages, got, offset,
                        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
                if (got < r.get("maxRowsPerPage").asLong()) {
                    break;
                }
            }
            System.out.printf("%d pages in %,d ms%n", pages, (System.nanoTime() - p0) / 1_000_000);
        }
    }
}
