package org.synapsejdbc.calcite.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.SynapseJson;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;

/** Change sets stay within Synapse's 2 MiB request limit, keep every row in order and are as few as possible. */
class ChangeSetSplitterTest {
  private static List<PartialRow> rows(int count, int valueLength) {
    List<PartialRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new PartialRow().setValues(Map.of("123", ("r" + i + "-").repeat(valueLength)
          .substring(0, valueLength))));
    }
    return rows;
  }

  @Test
  void requestsFitTheLimitAndKeepAllRowsInOrder() throws Exception {
    List<PartialRow> rows = rows(5000, 1000);
    List<List<PartialRow>> sets = new ChangeSetSplitter().split(rows);
    assertTrue(sets.size() >= 3, "5 MB of rows need at least 3 change sets: " + sets.size());
    // As few as possible: a set is only cut when the next row would not fit.
    long budget = ChangeSetSplitter.MAX_REQUEST_BYTES - ChangeSetSplitter.ENVELOPE_BYTES;
    for (int i = 0; i + 1 < sets.size(); i++) {
      long used = sets.get(i).stream().mapToLong(r -> ChangeSetSplitter.size(r) + 1).sum();
      assertTrue(used + ChangeSetSplitter.size(sets.get(i + 1).get(0)) + 1 > budget, "set " + i + " not full");
    }
    List<PartialRow> back = new ArrayList<>();
    for (List<PartialRow> set : sets) {
      TableUpdateTransactionRequest request = new TableUpdateTransactionRequest().setEntityId("syn1234567890")
          .setChanges(List.of(new AppendableRowSetRequest().setEntityId("syn1234567890")
              .setToAppend(new PartialRowSet().setTableId("syn1234567890").setRows(set))));
      int bytes = SynapseJson.mapper().writeValueAsBytes(request).length;
      assertTrue(bytes <= ChangeSetSplitter.MAX_REQUEST_BYTES, bytes + " bytes");
      back.addAll(set);
    }
    assertEquals(rows, back);
  }

  @Test
  void smallStatementsAreOneChangeSet() {
    assertEquals(1, new ChangeSetSplitter().split(rows(100, 50)).size());
    assertEquals(0, new ChangeSetSplitter().split(List.of()).size());
  }

  @Test
  void aRowOverTheLimitIsRefused() {
    AvaticaClientRuntimeException e = assertThrows(AvaticaClientRuntimeException.class,
        () -> new ChangeSetSplitter(1000).split(rows(1, 2000)));
    assertEquals(SynapseSqlStates.DATA, e.getSqlState());
  }
}
