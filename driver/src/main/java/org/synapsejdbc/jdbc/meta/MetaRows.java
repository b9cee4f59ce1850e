package org.synapsejdbc.jdbc.meta;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.AvaticaUtils;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;

/**
 * Describes metadata rows (objects with one public field per column, named in camel case after the JDBC column)
 * as the column list and cursor factory Avatica needs to build a metadata result set.
 */
final class MetaRows {
  final List<ColumnMetaData> columns;
  final Meta.CursorFactory cursorFactory;

  private MetaRows(List<ColumnMetaData> columns, Meta.CursorFactory cursorFactory) {
    this.columns = columns;
    this.cursorFactory = cursorFactory;
  }

  /** Columns {@code names} (e.g. {@code TABLE_SCHEM}) read from the fields of {@code rowClass}. */
  static MetaRows of(Class<?> rowClass, List<String> names) {
    List<ColumnMetaData> columns = new ArrayList<>(names.size());
    List<Field> fields = new ArrayList<>(names.size());
    List<String> fieldNames = new ArrayList<>(names.size());
    for (String name : names) {
      String fieldName = AvaticaUtils.toCamelCase(name);
      Field field;
      try {
        field = rowClass.getField(fieldName);
      } catch (NoSuchFieldException e) {
        throw new IllegalArgumentException(rowClass.getName() + " has no public field " + fieldName, e);
      }
      columns.add(MetaImpl.columnMetaData(name, columns.size(), field.getType(), false));
      fields.add(field);
      fieldNames.add(fieldName);
    }
    return new MetaRows(columns, Meta.CursorFactory.record(rowClass, fields, fieldNames));
  }
}
