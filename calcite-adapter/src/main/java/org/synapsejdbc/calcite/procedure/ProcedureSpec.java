package org.synapsejdbc.calcite.procedure;

import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * What a procedure looks like from SQL: its name, what it does, its IN parameters in call order (required ones
 * first) and the columns of the result set it returns.
 *
 * @param name    name written after CALL (lower case)
 * @param remarks one-sentence description shown by {@code getProcedures}
 * @param params  IN parameters by position
 * @param results result set columns
 */
public record ProcedureSpec(String name, String remarks, List<Param> params, List<Column> results) {

  /** One IN parameter; optional parameters may be left out at the end of the call or given as NULL. */
  public record Param(String name, SqlTypeName type, boolean required, String remarks) {
  }

  /** One result column. */
  public record Column(String name, SqlTypeName type, String remarks) {
  }

  /** How many arguments the call must at least have. */
  public int requiredCount() {
    return (int) params.stream().filter(Param::required).count();
  }

  public static Param required(String name, SqlTypeName type, String remarks) {
    return new Param(name, type, true, remarks);
  }

  public static Param optional(String name, SqlTypeName type, String remarks) {
    return new Param(name, type, false, remarks);
  }

  public static Column column(String name, SqlTypeName type, String remarks) {
    return new Column(name, type, remarks);
  }
}
