package org.synapsejdbc.jdbc.install;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.dbunit.dataset.Column;
import org.dbunit.dataset.DataSetException;
import org.dbunit.dataset.DefaultTable;
import org.dbunit.dataset.IDataSet;
import org.dbunit.dataset.ITable;
import org.dbunit.dataset.datatype.DataType;
import org.dbunit.dataset.xml.FlatXmlDataSetBuilder;

/** DBUnit tables from JDBC results (values as text, NULL kept) and expected data sets from flat XML resources. */
final class ResultTables {
  private ResultTables() {
  }

  static ITable of(String name, ResultSet rs) throws SQLException, DataSetException {
    try (rs) {
      ResultSetMetaData md = rs.getMetaData();
      Column[] columns = new Column[md.getColumnCount()];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = new Column(md.getColumnLabel(i + 1), DataType.UNKNOWN);
      }
      DefaultTable table = new DefaultTable(name, columns);
      while (rs.next()) {
        Object[] row = new Object[columns.length];
        for (int i = 0; i < row.length; i++) {
          row[i] = rs.getString(i + 1);
        }
        table.addRow(row);
      }
      return table;
    }
  }

  static IDataSet expected(String resource) throws DataSetException {
    InputStream in = ResultTables.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("missing test resource " + resource);
    }
    return new FlatXmlDataSetBuilder().setColumnSensing(true).build(in);
  }
}
