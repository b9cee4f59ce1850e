package org.synapsejdbc.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.files.UploadOptions;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.CsvTableDescriptor;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.model.UploadToTableRequest;

/**
 * Creates the benchmark data through synapse-client: tables with deterministic rows uploaded as one CSV each (one
 * multipart upload + one {@code UploadToTableRequest} transaction per table), and the walker user's 20 × 10 tables.
 */
public final class DataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DataLoader.class);

    /** Columns of the large and medium tables: id, k (= id mod 1000, the join key), category (100 values), name, value, created. */
    public static final List<ColumnModel> MAIN_COLUMNS = List.of(
            new ColumnModel().setName("id").setColumnType(ColumnType.INTEGER),
            new ColumnModel().setName("k").setColumnType(ColumnType.INTEGER),
            new ColumnModel().setName("category").setColumnType(ColumnType.STRING).setMaximumSize(20L),
            new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(50L),
            new ColumnModel().setName("value").setColumnType(ColumnType.DOUBLE),
            new ColumnModel().setName("created").setColumnType(ColumnType.DATE));

    /** Columns of the small join table: k (0..999), label, weight (0..999). */
    public static final List<ColumnModel> SMALL_COLUMNS = List.of(
            new ColumnModel().setName("k").setColumnType(ColumnType.INTEGER),
            new ColumnModel().setName("label").setColumnType(ColumnType.STRING).setMaximumSize(50L),
            new ColumnModel().setName("weight").setColumnType(ColumnType.INTEGER));

    private DataLoader() {
    }

    /** One CSV line of the main tables for row {@code i} (1-based); deterministic. */
    public static String mainRow(long i) {
        return i + "," + (i % 1000) + "," + category(i) + ",name-" + i + "," + value(i) + "," + (1_600_000_000_000L + i * 1000L);
    }

    public static String category(long i) {
        return String.format("cat-%02d", i % 100);
    }

    /** A value in [0, 1) spread over the rows by a multiplicative hash. */
    public static double value(long i) {
        return ((i * 2_654_435_761L) % 1_000_003L) / 1_000_003.0;
    }

    public static DataSets load(BenchServer server, BenchmarkConfig config) throws IOException {
        long t0 = System.nanoTime();
        Path dir = Files.createTempDirectory("synapse-bench-csv-");
        try (SynapseClient client = client(server, server.loaderToken())) {
            String project = client.entities().create(new Project().setName("benchmarks")).getId();
            List<String> mainCols = ids(client.columns().createBatch(MAIN_COLUMNS));
            List<String> smallCols = ids(client.columns().createBatch(SMALL_COLUMNS));
            String large = table(client, project, "large", mainCols);
            String medium = table(client, project, "medium", mainCols);
            String small = table(client, project, "small", smallCols);
            upload(client, dir, medium, config.mediumRows(), DataLoader::mainRow, "id,k,category,name,value,created");
            upload(client, dir, small, config.smallRows(), i -> (i - 1) + ",label-" + (i - 1) + "," + ((i - 1) * 7919 % 1000),
                    "k,label,weight");
            upload(client, dir, large, config.largeRows(), DataLoader::mainRow, "id,k,category,name,value,created");

            String walkerToken = server.server().createUser("walker").token();
            try (SynapseClient walker = client(server, walkerToken)) {
                List<String> walkCols = ids(walker.columns().createBatch(MAIN_COLUMNS));
                for (int p = 0; p < config.walkProjects(); p++) {
                    String pid = walker.entities().create(new Project().setName("walk-project-" + p)).getId();
                    for (int t = 0; t < config.walkTablesPerProject(); t++) {
                        table(walker, pid, "table-" + t, walkCols);
                    }
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            LOG.info("Data loaded in {} s", String.format("%.1f", secs));
            return new DataSets(project, large, config.largeRows(), medium, config.mediumRows(), small, config.smallRows(),
                    mainCols, walkerToken, config.walkProjects(), config.walkTablesPerProject(), secs);
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    /** A synapse-client for loading: its throttle raised, since the server runs with throttles off. */
    static SynapseClient client(BenchServer server, String token) {
        return SynapseClient.builder().endpoints(SynapseEndpoints.of(server.baseUrl())).token(token)
                .throttle(64, Integer.MAX_VALUE).build();
    }

    private static List<String> ids(List<ColumnModel> cols) {
        List<String> out = new ArrayList<>();
        cols.forEach(c -> out.add(c.getId()));
        return out;
    }

    private static String table(SynapseClient client, String parent, String name, List<String> cols) {
        return client.entities().create(new TableEntity().setName(name).setParentId(parent).setColumnIds(cols)).getId();
    }

    interface RowText {
        String line(long i);
    }

    private static void upload(SynapseClient client, Path dir, String tableId, long rows, RowText row, String header)
            throws IOException {
        long t0 = System.nanoTime();
        Path csv = dir.resolve(tableId + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (long i = 1; i <= rows; i++) {
                w.write(row.line(i));
                w.write('\n');
            }
        }
        String fileHandle = client.files().upload(csv, UploadOptions.defaults().withFileName(tableId + ".csv")
                .withContentType("text/csv"), TransferProgressListener.NONE);
        client.tables().transaction(tableId, new TableUpdateTransactionRequest().setEntityId(tableId)
                .setChanges(List.of(new UploadToTableRequest().setEntityId(tableId).setTableId(tableId)
                        .setUploadFileHandleId(fileHandle)
                        .setCsvTableDescriptor(new CsvTableDescriptor().setIsFirstLineHeader(true)))),
                JobOptions.defaults().withTimeout(Duration.ofMinutes(20)).withListener(p -> LOG.info("{}: {}", tableId, p.describe())));
        Files.delete(csv);
        LOG.info("Loaded {} rows into {} in {} s", rows, tableId, String.format("%.1f", (System.nanoTime() - t0) / 1e9));
    }
}
