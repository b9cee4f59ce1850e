package org.synapsejdbc.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseConflictException;
import org.synapsejdbc.client.error.SynapseEtagMismatchException;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.EntityHeader;
import org.synapsejdbc.client.model.EntityType;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.ProjectHeader;
import org.synapsejdbc.client.model.ProjectListType;
import org.synapsejdbc.client.model.Reference;
import org.synapsejdbc.client.paging.PrefetchingIterator;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;

/** Entity operations of the client against a running local-synapse over HTTP. */
@ExtendWith(LocalSynapseExtension.class)
class EntityOperationsTest {
  private final LocalSynapse synapse;
  private SynapseClient client;

  EntityOperationsTest(LocalSynapse synapse) {
    this.synapse = synapse;
  }

  @BeforeEach
  void setUp() {
    client = LocalClients.client(synapse, synapse.user1Token());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private Project project(String name) {
    return client.entities().create(new Project().setName(name + "-" + System.nanoTime()));
  }

  private Folder folder(String parent, String name) {
    Folder f = new Folder();
    f.setName(name);
    f.setParentId(parent);
    return client.entities().create(f);
  }

  @Test
  void createGetUpdateDelete() {
    Project p = project("crud");
    assertTrue(p.getId().startsWith("syn"));
    assertNotNull(p.getEtag());
    Folder f = folder(p.getId(), "data");
    Entity read = client.entities().get(f.getId());
    assertInstanceOf(Folder.class, read);
    assertEquals("data", read.getName());

    read.setDescription("described");
    Entity updated = client.entities().update(read);
    assertEquals("described", updated.getDescription());
    assertNotEquals(read.getEtag(), updated.getEtag());

    client.entities().delete(f.getId());
    SynapseNotFoundException gone = assertThrows(SynapseNotFoundException.class,
        () -> client.entities().get(f.getId()));
    assertEquals(404, gone.status());
    assertTrue(gone.reason().contains(f.getId()), gone.reason());
  }

  @Test
  void aStaleEtagIsAnEtagMismatchNotAConflict() {
    Project p = project("etag");
    Folder f = folder(p.getId(), "f");
    Entity first = client.entities().get(f.getId());
    Entity second = client.entities().get(f.getId());
    first.setDescription("one");
    client.entities().update(first);
    second.setDescription("two");
    SynapseEtagMismatchException e = assertThrows(SynapseEtagMismatchException.class,
        () -> client.entities().update(second));
    assertEquals(412, e.status());
    assertTrue(e.reason().contains("was updated since you last fetched it"), e.reason());
  }

  @Test
  void aDuplicateNameIsAConflict() {
    Project p = project("dup");
    folder(p.getId(), "same");
    SynapseConflictException e = assertThrows(SynapseConflictException.class, () -> folder(p.getId(), "same"));
    assertEquals(409, e.status());
    assertTrue(e.reason().startsWith("An entity with the name: same already exists"), e.reason());
  }

  @Test
  void lookupPathHeadersAndBundle() {
    Project p = project("lookup");
    Folder f = folder(p.getId(), "inner");
    assertEquals(f.getId(), client.entities().lookup(p.getId(), "inner").orElseThrow());
    assertTrue(client.entities().lookup(p.getId(), "absent").isEmpty());
    assertEquals(p.getId(), client.entities().lookup(null, p.getName()).orElseThrow());

    List<EntityHeader> path = client.entities().path(f.getId()).getPath();
    assertEquals(f.getId(), path.get(path.size() - 1).getId());
    assertEquals(p.getId(), path.get(path.size() - 2).getId());

    assertEquals("org.sagebionetworks.repo.model.Folder", client.entities().header(f.getId()).getType());
    List<EntityHeader> headers = client.entities().headers(List.of(new Reference().setTargetId(p.getId()),
        new Reference().setTargetId(f.getId())));
    assertEquals(2, headers.size());

    var bundle = client.entities().bundle(f.getId(), new EntityBundleRequest().setIncludeEntity(true)
        .setIncludeEntityPath(true));
    assertEquals("inner", bundle.getEntity().getName());
    assertNotNull(bundle.getPath());
  }

  @Test
  void childrenArePagedLazilyAcrossSynapsesFiftyPerPage() {
    Project p = project("children");
    for (int i = 0; i < 120; i++) {
      folder(p.getId(), String.format("f%03d", i));
    }
    synapse.requestLog().reset();
    List<String> names = new ArrayList<>();
    try (PrefetchingIterator<String, EntityHeader> it = client.entities().children(p.getId(),
        List.of(EntityType.folder))) {
      assertEquals(0, synapse.requestLog().total(), "nothing is fetched before iteration starts");
      it.forEachRemaining(h -> names.add(h.getName()));
    }
    assertEquals(120, names.size());
    assertEquals("f000", names.get(0));
    assertEquals("f119", names.get(119));
    assertEquals(3, synapse.requestLog().count("POST /repo/v1/entity/children"));
  }

  @Test
  void theCallersProjectsAreListed() {
    Project p = project("mine");
    List<String> ids = new ArrayList<>();
    client.entities().projects(ProjectListType.CREATED).forEachRemaining(h -> ids.add(h.getId()));
    assertTrue(ids.contains(p.getId()));
    SynapseClient other = LocalClients.client(synapse, synapse.user2Token());
    try {
      List<ProjectHeader> theirs = new ArrayList<>();
      other.entities().projects(ProjectListType.CREATED).forEachRemaining(theirs::add);
      assertFalse(theirs.stream().anyMatch(h -> h.getId().equals(p.getId())));
    } finally {
      other.close();
    }
  }
}
