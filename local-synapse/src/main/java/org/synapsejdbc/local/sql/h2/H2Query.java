package org.synapsejdbc.local.sql.h2;

import java.util.List;

/**
 * A translated query ready for H2: SQL with {@code ?} placeholders and their values.
 *
 * @param sql         the H2 SQL
 * @param binds       bind values in placeholder order
 * @param outputs     the select items' decoding
 * @param rowMetadata number of leading metadata columns (0; 2 for ROW_ID, ROW_VERSION; 3 with ROW_ETAG)
 */
public record H2Query(String sql, List<Object> binds, List<OutputColumn> outputs, int rowMetadata) {
}
