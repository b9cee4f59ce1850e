package org.synapsejdbc.calcite.system;

import org.apache.calcite.sql.type.SqlTypeName;

/** One column of a system table: name and SQL type (always nullable). */
record SystemColumn(String name, SqlTypeName type) {
  static SystemColumn text(String name) {
    return new SystemColumn(name, SqlTypeName.VARCHAR);
  }

  static SystemColumn number(String name) {
    return new SystemColumn(name, SqlTypeName.BIGINT);
  }

  static SystemColumn time(String name) {
    return new SystemColumn(name, SqlTypeName.TIMESTAMP);
  }

  static SystemColumn flag(String name) {
    return new SystemColumn(name, SqlTypeName.BOOLEAN);
  }
}
