package org.synapsejdbc.calcite.sql;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The table after {@code FROM}, written bare ({@code syn123}, {@code syn123.4}): Synapse's lexer reads it as one
 * entity-id token, whereas every other identifier is always double-quoted.
 */
final class SynapseTableName extends SqlIdentifier {
    SynapseTableName(String fromName) {
        super(fromName, SqlParserPos.ZERO);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.literal(getSimple());
    }
}
