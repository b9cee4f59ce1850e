package org.synapsejdbc.jdbc.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synapsejdbc.jdbc.install.CatalogEndToEndTest.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.files.UploadOptions;
import org.synapsejdbc.client.model.FileEntity;

/**
 * {@code synapse.read_file} downloads a file once per connection (per version and content), counted in
 * local-synapse's request log, and deletes its copies when the connection closes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadFileCacheTest {
  private static final String DOWNLOAD = "POST /file/v1/fileHandle/batch";
  private CatalogFixture f;
  private Path dir;

  @BeforeAll
  void start(@TempDir Path dir) {
    this.dir = dir;
    f = new CatalogFixture();
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void aSecondQueryUsesTheDownloadedCopyAndNewContentIsFetchedAgain() throws Exception {
    FileEntity file = f.client.entities().create(new FileEntity().setName("cache.csv")
        .setParentId(f.project.getId()).setDataFileHandleId(upload("a,b\n1,2\n")));
    String sql = "SELECT * FROM TABLE(synapse.read_file('" + file.getId() + "'))";
    Set<Path> before = spooled();
    Set<Path> mine;
    try (Connection c = f.connect()) {
      long downloads = f.synapse.requestLog().count(DOWNLOAD);
      assertEquals(List.of("1|2"), query(c, sql));
      assertEquals(downloads + 1, f.synapse.requestLog().count(DOWNLOAD), () -> f.synapse.requestLog().counts()
          .toString());
      assertEquals(List.of("1|2"), query(c, sql));
      assertEquals(List.of("2"), query(c, "SELECT b FROM TABLE(synapse.read_file('" + file.getId() + "', 1))"));
      assertEquals(downloads + 1, f.synapse.requestLog().count(DOWNLOAD), "the same version is not downloaded again");

      file = f.client.entities().get(file.getId(), FileEntity.class);
      f.client.entities().update(file.setDataFileHandleId(upload("a,b\n3,4\n")), true, null);
      assertEquals(List.of("3|4"), query(c, sql));
      assertEquals(downloads + 2, f.synapse.requestLog().count(DOWNLOAD), "new content is downloaded");

      mine = spooled();
      mine.removeAll(before);
      assertEquals(2, mine.size(), mine::toString);
    }
    for (Path p : mine) {
      assertFalse(Files.exists(p), p + " is deleted when the connection closes");
    }
    try (Connection c = f.connect()) {
      long downloads = f.synapse.requestLog().count(DOWNLOAD);
      assertEquals(List.of("3|4"), query(c, sql));
      assertTrue(f.synapse.requestLog().count(DOWNLOAD) > downloads, "another connection has its own copies");
    }
  }

  private String upload(String content) throws IOException {
    Path local = Files.createTempFile(dir, "cache", ".csv");
    Files.writeString(local, content, StandardCharsets.UTF_8);
    return f.client.files().upload(local, UploadOptions.defaults(), TransferProgressListener.NONE);
  }

  /** The read_file copies in the temporary directory now. */
  private static Set<Path> spooled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return new HashSet<>(files.filter(p -> p.getFileName().toString().startsWith("synapse-read-file-")).toList());
    }
  }
}
