package org.synapsejdbc.local.sql;

import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.parse.SqlParseException;

/**
 * The outcome of the start-time parse: the tree, the queried table, and a parse error found after the
 * complete statement (which Synapse reports only when the job runs).
 *
 * @param query         the parsed query_spec
 * @param tableId       numeric id of the FROM table
 * @param version       snapshot version or null
 * @param trailingError the job-time parse error, or null
 */
public record ParsedSql(QuerySpec query, long tableId, Long version, SqlParseException trailingError) {

    /** The table as Synapse prints it ({@code syn123} or {@code syn123.4}). */
    public String tableDisplayId() {
        return "syn" + tableId + (version == null ? "" : "." + version);
    }
}
