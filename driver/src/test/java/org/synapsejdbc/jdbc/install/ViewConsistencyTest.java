package org.synapsejdbc.jdbc.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synapsejdbc.jdbc.install.CatalogEndToEndTest.query;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.files.UploadOptions;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.EntityView;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.ListWrapper;
import org.synapsejdbc.local.table.TableSettings;

/** {@code consistency=wait} waits for an entity view that lags behind the repository; {@code eventual} does not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewConsistencyTest {
  private CatalogFixture f;
  private Folder scope;
  private EntityView view;
  private Path dir;

  @BeforeAll
  void start(@TempDir Path tmp) throws IOException {
    dir = tmp;
    f = new CatalogFixture();
    scope = f.client.entities().create(new Folder().setName("scope").setParentId(f.project.getId()));
    addFile("a.txt");
    List<ColumnModel> defaults = f.client.transport().get(Service.REPO, "/column/tableview/defaults")
        .query("viewEntityType", "entityview").query("viewTypeMask", 1L)
        .as(new TypeReference<ListWrapper<ColumnModel>>() {}).getList();
    view = f.client.entities().create(new EntityView().setName("files").setParentId(f.project.getId())
        .setViewTypeMask(1L).setScopeIds(List.of(scope.getId()))
        .setColumnIds(defaults.stream().map(ColumnModel::getId).toList()));
  }

  private void addFile(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, name);
    String handle = f.client.files().upload(file, UploadOptions.defaults(), TransferProgressListener.NONE);
    f.client.entities().create(new FileEntity().setName(name).setParentId(scope.getId()).setDataFileHandleId(handle));
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void waitSeesANewFileThatEventualDoesNotYetShow() throws Exception {
    TableSettings settings = f.synapse.context().service(TableSettings.class);
    settings.viewLag(Duration.ofSeconds(3));
    try (Connection eventual = f.connect(); Connection wait = f.connect("consistency", "wait")) {
      String sql = "SELECT name FROM " + view.getId() + " ORDER BY name";
      assertEquals(List.of("a.txt"), query(eventual, sql));
      addFile("b.txt");
      assertEquals(List.of("a.txt"), query(eventual, sql), "the view lags behind");
      long t0 = System.nanoTime();
      assertEquals(List.of("a.txt", "b.txt"), query(wait, sql));
      long waited = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(true, waited < 10_000, "waited " + waited + " ms");
    } finally {
      settings.viewLag(Duration.ZERO);
    }
  }

  @Test
  void aCaughtUpViewIsQueriedAtOnce() throws SQLException {
    try (Connection wait = f.connect("consistency", "wait")) {
      f.synapse.requestLog().reset();
      assertEquals(1, query(wait, "SELECT COUNT(*) FROM " + view.getId()).size());
      assertEquals(2, f.synapse.requestLog().count("POST /repo/v1/entity/{id}/table/query/async/start"),
          "one comparison query, then the user's query");
    }
  }
}
