package org.synapsejdbc.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseEtagMismatchException;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.Reference;
import org.synapsejdbc.client.model.UsedEntity;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;

/** Annotations v2 and provenance through the client against local-synapse. */
@ExtendWith(LocalSynapseExtension.class)
class AnnotationsAndProvenanceTest {
  private final LocalSynapse synapse;
  private SynapseClient client;
  private Project project;

  AnnotationsAndProvenanceTest(LocalSynapse synapse) {
    this.synapse = synapse;
  }

  @BeforeEach
  void setUp() {
    client = LocalClients.client(synapse, synapse.user1Token());
    project = client.entities().create(new Project().setName("anno-" + System.nanoTime()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void annotationsRoundTripAndStaleEtagsAreRejected() {
    Annotations a = client.annotations().get(project.getId());
    assertTrue(a.getAnnotations() == null || a.getAnnotations().isEmpty());
    a.setAnnotations(Map.of(
        "species", new AnnotationsValue().setType(AnnotationsValueType.STRING).setValue(List.of("human", "mouse")),
        "age", new AnnotationsValue().setType(AnnotationsValueType.LONG).setValue(List.of("42"))));
    Annotations updated = client.annotations().update(a);
    assertNotEquals(a.getEtag(), updated.getEtag());
    Annotations read = client.annotations().get(project.getId());
    assertEquals(List.of("human", "mouse"), read.getAnnotations().get("species").getValue());
    assertEquals(AnnotationsValueType.LONG, read.getAnnotations().get("age").getType());

    SynapseEtagMismatchException e = assertThrows(SynapseEtagMismatchException.class,
        () -> client.annotations().update(a)); // a still carries the old etag
    assertEquals(412, e.status());
  }

  @Test
  void activitiesAndGeneratedBy() {
    Activity act = client.activities().create(new Activity().setName("analysis").setUsed(List.of(
        new UsedEntity().setReference(new Reference().setTargetId(project.getId())).setWasExecuted(false))));
    assertTrue(act.getId() != null && act.getEtag() != null);
    Folder f = new Folder();
    f.setName("out");
    f.setParentId(project.getId());
    Folder out = client.entities().create(f, act.getId());
    assertEquals(act.getId(), client.activities().generatedBy(out.getId()).orElseThrow().getId());

    Activity renamed = client.activities().update(client.activities().get(act.getId()).setName("analysis v2"));
    assertEquals("analysis v2", renamed.getName());

    client.activities().deleteGeneratedBy(out.getId());
    assertTrue(client.activities().generatedBy(out.getId()).isEmpty());
    client.activities().setGeneratedBy(out.getId(), act.getId());
    assertEquals(act.getId(), client.activities().generatedBy(out.getId()).orElseThrow().getId());
  }
}
