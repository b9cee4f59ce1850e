package org.synapsejdbc.jdbc.call;

import java.util.List;

/**
 * A parsed {@code CALL [schema.]name(arg, ...)} statement.
 *
 * @param schema the schema qualifier as written, or null
 * @param name   the procedure name as written
 * @param args   the arguments in call order
 */
record ParsedCall(String schema, String name, List<CallArg> args) {
  int parameterCount() {
    return (int) args.stream().filter(CallArg::isParameter).count();
  }
}
