package org.synapsejdbc.calcite.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.http.SynapseRequestListener;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;
import org.synapsejdbc.local.http.Scope;

/**
 * A concurrent change between the read and the write of an annotation procedure: Synapse's 412 becomes SQLState
 * 40001 and the other writer's change survives. The race is made deterministic by changing the annotations from
 * a second client right after the procedure's read.
 */
@ExtendWith(LocalSynapseExtension.class)
class StaleEtagTest {

  @Test
  void concurrentChangeIsReportedNotOverwritten(LocalSynapse server) {
    String otherToken = server.createToken(3400001L, EnumSet.allOf(Scope.class));
    try (SynapseClient other = client(server, otherToken, SynapseRequestListener.NONE)) {
      String project = other.entities().create(new Project().setName("stale etag test")).getId();
      AtomicBoolean raced = new AtomicBoolean();
      SynapseRequestListener interfere = new SynapseRequestListener() {
        @Override
        public void onResponse(String method, String path, int status, Duration elapsed) {
          if (method.equals("GET") && path.endsWith("/annotations2") && raced.compareAndSet(false, true)) {
            Annotations current = other.annotations().get(project);
            other.annotations().update(current.setAnnotations(Map.of("winner", new AnnotationsValue()
                .setType(AnnotationsValueType.STRING).setValue(List.of("other")))));
          }
        }
      };
      try (SynapseClient mine = client(server, server.user1Token(), interfere)) {
        SynapseProcedure setAnnotation = SynapseProcedures.find("set_annotation").orElseThrow();
        ProcedureException e = assertThrows(ProcedureException.class, () -> setAnnotation.run(
            new ProcedureArgs(setAnnotation.spec(), new Object[] {project, "loser", "mine"}), mine));
        assertEquals(SynapseSqlStates.STALE, e.sqlState());
        assertTrue(e.getMessage().contains("HTTP 412"), e.getMessage());
      }
      assertTrue(raced.get());
      assertEquals(List.of("winner"), List.copyOf(other.annotations().get(project).getAnnotations().keySet()));
    }
  }

  private static SynapseClient client(LocalSynapse server, String token, SynapseRequestListener listener) {
    return SynapseClient.builder().endpoints(SynapseEndpoints.of(server.baseUrl())).token(token)
        .listener(listener).build();
  }
}
