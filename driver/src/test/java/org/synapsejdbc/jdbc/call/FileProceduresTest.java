package org.synapsejdbc.jdbc.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;

/** store_file and download_file: multipart uploads around the part boundary, versions, verified downloads. */
class FileProceduresTest extends CallTestBase {
  private static final int MIB = 1024 * 1024;

  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(ints = {1, 5 * MIB - 1, 5 * MIB, 5 * MIB + 1, 17 * MIB + 12345})
  void storedBytesComeBackByteForByte(int size) throws Exception {
    String project = newProject();
    Path local = randomFile("data-" + size + ".bin", size, size);
    Map<String, Object> stored;
    try (PreparedStatement ps = connection.prepareStatement("CALL store_file(?, ?)")) {
      ps.setString(1, project);
      ps.setString(2, local.toString());
      try (ResultSet rs = ps.executeQuery()) {
        stored = single(rs);
      }
    }
    String id = (String) stored.get("id");
    assertEquals("created", stored.get("action"));
    assertEquals(1L, stored.get("version_number"));
    assertEquals((long) size, stored.get("content_size"));
    assertEquals(md5(local), stored.get("content_md5"));
    assertEquals(local.toAbsolutePath().toString(), stored.get("local_path"));

    // Over REST, independently of the procedure: the entity points at a handle with exactly these bytes.
    FileEntity entity = rest.entities().get(id, FileEntity.class);
    assertEquals(stored.get("file_handle_id"), entity.getDataFileHandleId());
    Path viaRest = tmp.resolve("rest-" + size);
    rest.files().download(new FileHandleAssociation().setFileHandleId(entity.getDataFileHandleId())
        .setAssociateObjectId(id).setAssociateObjectType(FileHandleAssociateType.FileEntity), viaRest,
        TransferProgressListener.NONE);
    assertEquals(-1L, Files.mismatch(local, viaRest));

    // And through download_file.
    Path dir = tmp.resolve("downloads-" + size);
    Map<String, Object> downloaded = call("CALL download_file('" + id + "', NULL, '" + dir + "')");
    Path written = Path.of((String) downloaded.get("path"));
    assertEquals(dir.resolve(local.getFileName().toString()).toAbsolutePath(), written);
    assertEquals(-1L, Files.mismatch(local, written));
    assertEquals(md5(local), downloaded.get("content_md5"));
    assertEquals((long) size, downloaded.get("content_size"));
    assertEquals(1L, downloaded.get("version_number"));
  }

  @Test
  void storingTheSameNameAgainMakesVersionTwo() throws Exception {
    String project = newProject();
    Path first = randomFile("v1/report.csv", 1000, 1);
    Path second = randomFile("v2/report.csv", 2000, 2);
    Map<String, Object> one = call("CALL store_file('" + project + "', '" + first + "', NULL, 'first')");
    Map<String, Object> two = call("CALL store_file('" + project + "', '" + second + "')");
    assertEquals(one.get("id"), two.get("id"));
    assertEquals("new_version", two.get("action"));
    assertEquals(2L, two.get("version_number"));
    assertNotEquals(one.get("file_handle_id"), two.get("file_handle_id"));

    String id = (String) one.get("id");
    FileEntity v1 = (FileEntity) rest.entities().get(id, 1);
    FileEntity v2 = (FileEntity) rest.entities().get(id, 2);
    assertEquals(one.get("file_handle_id"), v1.getDataFileHandleId());
    assertEquals(two.get("file_handle_id"), v2.getDataFileHandleId());
    assertEquals("first", rest.entities().get(id).getDescription());

    Map<String, Object> old = call("CALL download_file('" + id + "', 1, '" + tmp.resolve("old") + "')");
    assertEquals(-1L, Files.mismatch(first, Path.of((String) old.get("path"))));
    assertEquals(1L, old.get("version_number"));
    Map<String, Object> current = call("CALL download_file('" + id + "', NULL, '" + tmp.resolve("new") + "')");
    assertEquals(-1L, Files.mismatch(second, Path.of((String) current.get("path"))));
    assertEquals(2L, current.get("version_number"));
  }

  @Test
  void explicitNameAndContentType() throws Exception {
    String project = newProject();
    Path local = randomFile("x.bin", 10, 3);
    Map<String, Object> row = call("CALL store_file('" + project + "', '" + local + "', 'Renamed', 'desc', "
        + "'text/csv')");
    assertEquals("Renamed", row.get("name"));
    FileEntity e = rest.entities().get((String) row.get("id"), FileEntity.class);
    assertEquals("desc", e.getDescription());
    assertEquals("text/csv", rest.files().fileHandle(e.getDataFileHandleId()).getContentType());
  }

  @Test
  void emptyFileIsRefusedWithSynapsesReasonAndNothingIsCreated() throws Exception {
    String project = newProject();
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    SQLException e = assertThrows(SQLException.class,
        () -> call("CALL store_file('" + project + "', '" + empty + "')"));
    assertTrue(e.getMessage().contains("File size must be at least one byte"), e.getMessage());
    assertEquals("22023", e.getSQLState());
    assertTrue(rest.entities().lookup(project, "empty.txt").isEmpty());
  }

  @Test
  void missingLocalFileIsRefusedBeforeAnyRequest() {
    server.requestLog().reset();
    SQLException e = assertThrows(SQLException.class,
        () -> call("CALL store_file('syn123', '" + tmp.resolve("nope.txt") + "')"));
    assertEquals("22023", e.getSQLState());
    assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("nope.txt"), e.getMessage());
    assertEquals(0, server.requestLog().counts().values().stream().mapToLong(Number::longValue).sum());
  }

  @Test
  void unreadableLocalFileIsAPermissionError() throws Exception {
    Path secret = randomFile("secret.bin", 10, 4);
    assertTrue(secret.toFile().setReadable(false, false));
    assumeFalse(Files.isReadable(secret), "running as root: every file is readable");
    SQLException e = assertThrows(SQLException.class,
        () -> call("CALL store_file('syn123', '" + secret + "')"));
    assertEquals("42501", e.getSQLState());
  }

  @Test
  void aFolderOfThatNameIsAConflict() throws Exception {
    String project = newProject();
    call("CALL create_folder('" + project + "', 'data.bin')");
    Path local = randomFile("data.bin", 10, 5);
    server.requestLog().reset();
    SQLException e = assertThrows(SQLException.class, () -> call("CALL store_file('" + project + "', '" + local
        + "')"));
    assertEquals("40002", e.getSQLState());
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    assertEquals(0, server.requestLog().count("POST /file/v1/file/multipart"));
  }

  @Test
  void missingParentIsNotFound() throws Exception {
    Path local = randomFile("orphan.bin", 10, 6);
    SQLException e = assertThrows(SQLException.class, () -> call("CALL store_file('syn987654321', '" + local
        + "')"));
    assertEquals("42704", e.getSQLState());
  }

  @Test
  void downloadingAFolderIsADataError() throws Exception {
    String project = newProject();
    SQLException e = assertThrows(SQLException.class,
        () -> call("CALL download_file('" + project + "', NULL, '" + tmp + "')"));
    assertEquals("22000", e.getSQLState());
    assertTrue(e.getMessage().contains("is a project, not a file"), e.getMessage());
    assertFalse(Files.list(tmp).findAny().isPresent());
  }

  private Path randomFile(String name, int size, long seed) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return Files.write(file, bytes);
  }

  private static String md5(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
  }
}
