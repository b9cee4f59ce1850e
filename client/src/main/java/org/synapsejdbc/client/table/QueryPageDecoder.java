package org.synapsejdbc.client.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.SelectColumn;

/**
 * Decodes a {@code QueryResultBundle} with Jackson's streaming parser straight into {@link QueryRow}s, without
 * building a tree or model objects for the rows; the small parts (headers, schema) go through the mapper.
 */
public final class QueryPageDecoder {
  private static final TypeReference<List<SelectColumn>> SELECT_COLUMNS = new TypeReference<>() {};
  private static final TypeReference<List<ColumnModel>> COLUMN_MODELS = new TypeReference<>() {};

  private final ObjectMapper mapper;

  public QueryPageDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public QueryPage decode(InputStream in) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      Builder b = new Builder();
      expect(p.nextToken(), JsonToken.START_OBJECT, p);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "queryResult" -> readQueryResult(p, b);
          case "queryCount" -> b.queryCount = longOrNull(p);
          case "maxRowsPerPage" -> b.maxRowsPerPage = longOrNull(p);
          case "selectColumns" -> b.selectColumns = p.currentToken() == JsonToken.VALUE_NULL ? null
              : mapper.readValue(p, SELECT_COLUMNS);
          case "columnModels" -> b.columnModels = p.currentToken() == JsonToken.VALUE_NULL ? null
              : mapper.readValue(p, COLUMN_MODELS);
          case "lastUpdatedOn" -> b.lastUpdatedOn = p.currentToken() == JsonToken.VALUE_STRING
              ? java.time.Instant.parse(p.getText()).toEpochMilli() : longOrNull(p);
          default -> p.skipChildren();
        }
      }
      return new QueryPage(b.tableId, b.etag, b.headers, b.rows, b.queryCount, b.maxRowsPerPage,
          b.selectColumns, b.columnModels, b.lastUpdatedOn);
    }
  }

  private void readQueryResult(JsonParser p, Builder b) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("queryResults") && p.currentToken() == JsonToken.START_OBJECT) {
        readRowSet(p, b);
      } else {
        p.skipChildren();
      }
    }
  }

  private void readRowSet(JsonParser p, Builder b) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "tableId" -> b.tableId = p.getValueAsString();
        case "etag" -> b.etag = p.getValueAsString();
        case "headers" -> b.headers = p.currentToken() == JsonToken.VALUE_NULL ? null
            : mapper.readValue(p, SELECT_COLUMNS);
        case "rows" -> readRows(p, b.rows);
        default -> p.skipChildren();
      }
    }
  }

  private static void readRows(JsonParser p, List<QueryRow> rows) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expect(p.currentToken(), JsonToken.START_ARRAY, p);
    List<String> values = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      Long rowId = null;
      Long version = null;
      String etag = null;
      values.clear();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "rowId" -> rowId = longOrNull(p);
          case "versionNumber" -> version = longOrNull(p);
          case "etag" -> etag = p.getValueAsString();
          case "values" -> {
            if (t == JsonToken.START_ARRAY) {
              for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                values.add(v == JsonToken.VALUE_NULL ? null : p.getText());
              }
            }
          }
          default -> p.skipChildren();
        }
      }
      rows.add(new QueryRow(rowId, version, etag, values.toArray(new String[0])));
    }
  }

  private static Long longOrNull(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsLong();
  }

  private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
    if (actual != expected) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "expected " + expected + " but found " + actual);
    }
  }

  private static final class Builder {
    String tableId;
    String etag;
    List<SelectColumn> headers;
    final List<QueryRow> rows = new ArrayList<>();
    Long queryCount;
    Long maxRowsPerPage;
    List<SelectColumn> selectColumns;
    List<ColumnModel> columnModels;
    Long lastUpdatedOn;
  }
}
