package org.synapsejdbc.jdbc.meta;

import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A procedure as {@code DatabaseMetaData.getProcedures}/{@code getProcedureColumns} report it: IN parameters by
 * position, and the columns of the result set it returns.
 *
 * @param schema     schema the procedure belongs to
 * @param name       procedure name as written after CALL
 * @param remarks    what it does, shown by SQL tools
 * @param parameters IN parameters in call order
 * @param results    columns of the returned result set
 */
public record ProcedureInfo(String schema, String name, String remarks, List<Column> parameters,
    List<Column> results) {

  /** One parameter or result column. */
  public record Column(String name, SqlTypeName type, boolean nullable, String remarks) {
  }
}
