package org.synapsejdbc.jdbc.reliability;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.synapsejdbc.local.sql.ast.Node;
import org.synapsejdbc.local.sql.ast.StringLiteral;
import org.synapsejdbc.local.sql.parse.QueryParser;

/**
 * The structure of a Synapse SQL statement as parsed by local-synapse's parser, with the values of string literals
 * taken out: two statements that differ only in string literal values have equal shapes.
 */
record SqlShape(String shape, List<String> stringLiterals) {

  static SqlShape of(String sql) {
    Node root = QueryParser.parseStatement(sql);
    StringBuilder shape = new StringBuilder();
    List<String> literals = new java.util.ArrayList<>();
    walk(root, shape, literals);
    return new SqlShape(shape.toString(), List.copyOf(literals));
  }

  private static void walk(Node node, StringBuilder shape, List<String> literals) {
    shape.append(node.getClass().getSimpleName());
    if (node instanceof StringLiteral s) {
      literals.add(s.value());
      shape.append("('?')");
      return;
    }
    shape.append('{');
    if (node.getClass().isRecord()) {
      for (RecordComponent rc : node.getClass().getRecordComponents()) {
        Object v = value(rc, node);
        if (v instanceof Node || (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Node)) {
          continue;
        }
        shape.append(rc.getName()).append('=').append(v).append(';');
      }
    }
    for (Node child : node.children()) {
      walk(child, shape, literals);
    }
    shape.append('}');
  }

  private static Object value(RecordComponent rc, Node node) {
    try {
      return rc.getAccessor().invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
