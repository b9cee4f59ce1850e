package org.synapsejdbc.client.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.QueryResultBundle;
import org.synapsejdbc.client.model.SynapseJson;

/** Streaming decode of QueryResultBundle pages into rows, checked against the model's own decoding. */
class QueryPageDecoderTest {
  private final QueryPageDecoder decoder = new QueryPageDecoder(SynapseJson.mapper());

  private static InputStream json(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodesTheDocumentedSampleLikeTheModelDoes() throws IOException {
    byte[] sample;
    try (InputStream in = getClass().getResourceAsStream("/model/query-result-bundle.json")) {
      sample = in.readAllBytes();
    }
    QueryPage page = decoder.decode(new ByteArrayInputStream(sample));
    QueryResultBundle model = SynapseJson.mapper().readValue(sample, QueryResultBundle.class);
    var rows = model.getQueryResult().getQueryResults().getRows();
    assertEquals(rows.size(), page.rows().size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i).getRowId(), page.rows().get(i).rowId());
      assertEquals(rows.get(i).getVersionNumber(), page.rows().get(i).versionNumber());
      assertEquals(rows.get(i).getValues(), page.rows().get(i).values());
    }
    assertEquals("syn123", page.tableId());
    assertEquals(model.getMaxRowsPerPage(), page.maxRowsPerPage());
    assertEquals(model.getSelectColumns(), page.selectColumns());
    assertEquals(ColumnType.INTEGER, page.headers().get(1).getColumnType());
    assertEquals(model.getLastUpdatedOn().toEpochMilli(), page.lastUpdatedOn());
    assertNull(page.rows().get(1).value(1));
  }

  @Test
  void aggregateRowsHaveNoIdsAndEtagsAreKept() throws IOException {
    QueryPage page = decoder.decode(json("{\"queryResult\":{\"queryResults\":{\"headers\":[{\"name\":\"n\"}],"
        + "\"rows\":[{\"rowId\":null,\"values\":[\"3\"]},{\"rowId\":5,\"versionNumber\":2,\"etag\":\"e5\","
        + "\"values\":[\"NaN\"],\"extra\":{\"nested\":[1,2]}}]}},\"queryCount\":2,\"unknownPart\":[{\"a\":1}]}"));
    assertNull(page.rows().get(0).rowId());
    assertEquals("e5", page.rows().get(1).etag());
    assertEquals("NaN", page.rows().get(1).value(0));
    assertEquals(2L, page.queryCount());
    assertNull(page.maxRowsPerPage());
  }

  @Test
  void aLargePageIsDecodedRowByRow() throws IOException {
    StringBuilder sb = new StringBuilder("{\"queryResult\":{\"queryResults\":{\"rows\":[");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"rowId\":").append(i).append(",\"values\":[\"v").append(i)
          .append("\",null,\"[\\\"a\\\", \\\"b\\\"]\"]}");
    }
    sb.append("]}}}");
    QueryPage page = decoder.decode(json(sb.toString()));
    assertEquals(20_000, page.rows().size());
    assertEquals(Arrays.asList("v19999", null, "[\"a\", \"b\"]"), page.rows().get(19_999).values());
  }

  @Test
  void truncatedJsonIsAnError() {
    assertThrows(IOException.class, () -> decoder.decode(json("{\"queryResult\":{\"queryResults\":{\"rows\":[{")));
  }
}
