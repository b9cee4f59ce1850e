package org.synapsejdbc.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.synapsejdbc.local.http.RequestLog;

/** What every case gets: the configuration, the server and its request log, the loaded data, and client factories. */
public record BenchContext(BenchmarkConfig config, BenchServer server, DataSets data) {

    public RequestLog requestLog() {
        return server.server().requestLog();
    }

    /** A baseline client talking to the server directly. */
    public RawRestClient raw() {
        return raw(server.baseUrl(), server.benchToken());
    }

    public RawRestClient raw(String baseUrl, String token) {
        return new RawRestClient(baseUrl, token, config.baselinePollMillis());
    }

    /** A driver connection to the server directly, with extra connection properties. */
    public Connection jdbc(String... properties) throws SQLException {
        return connect(server.baseUrl(), server.benchToken(), properties);
    }

    /** A driver connection through {@code jdbc:synapse://host:port} with a token property and extra properties. */
    public static Connection connect(String baseUrl, String token, String... properties) throws SQLException {
        Properties p = new Properties();
        p.setProperty("authToken", token);
        for (int i = 0; i + 1 < properties.length; i += 2) {
            p.setProperty(properties[i], properties[i + 1]);
        }
        return DriverManager.getConnection("jdbc:synapse://" + baseUrl.substring(baseUrl.indexOf("://") + 3), p);
    }

    /** The report text for a driver path that failed: the first line of each message in the cause chain. */
    public static String unavailable(Throwable e) {
        StringBuilder sb = new StringBuilder("driver path not available: ");
        String last = null;
        for (Throwable t = e; t != null && sb.length() < 300; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
            if (!m.equals(last)) {
                sb.append(last == null ? "" : " ← ").append(m);
                last = m;
            }
        }
        return sb.toString().replace('|', '/');
    }
}
