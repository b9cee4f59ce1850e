package org.synapsejdbc.client.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.error.SynapseBadRequestException;
import org.synapsejdbc.client.files.Md5;
import org.synapsejdbc.client.files.UploadOptions;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.LocalSynapseExtension;

/** Multipart upload and verified download against local-synapse's file service. */
@ExtendWith(LocalSynapseExtension.class)
class FileOperationsTest {
  private final LocalSynapse synapse;
  private SynapseClient client;
  @TempDir
  Path dir;

  FileOperationsTest(LocalSynapse synapse) {
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

  @Test
  void aMultiPartFileRoundTripsThroughAFileEntity() throws Exception {
    byte[] content = new byte[11 * 1024 * 1024 + 17]; // three parts of 5 MiB
    new Random(3).nextBytes(content);
    Path source = dir.resolve("data.bin");
    Files.write(source, content);
    List<Long> upProgress = new CopyOnWriteArrayList<>();
    String handleId = client.files().upload(source, UploadOptions.defaults(), (d, t) -> upProgress.add(d));
    assertEquals(content.length, upProgress.get(upProgress.size() - 1));

    Project p = client.entities().create(new Project().setName("files-" + System.nanoTime()));
    FileEntity f = new FileEntity();
    f.setName("data.bin");
    f.setParentId(p.getId());
    f.setDataFileHandleId(handleId);
    FileEntity entity = client.entities().create(f);

    Path target = dir.resolve("copy.bin");
    List<Long> downProgress = new CopyOnWriteArrayList<>();
    FileHandle handle = client.files().download(new FileHandleAssociation().setFileHandleId(handleId)
        .setAssociateObjectId(entity.getId()).setAssociateObjectType(FileHandleAssociateType.FileEntity),
        target, (d, t) -> downProgress.add(d));
    assertArrayEquals(content, Files.readAllBytes(target));
    assertEquals(Md5.hex(content), handle.getContentMd5());
    assertEquals(content.length, downProgress.get(downProgress.size() - 1));
  }

  @Test
  void reUploadingTheSameFileResumesTheCompletedUpload() throws Exception {
    Path source = dir.resolve("small.txt");
    Files.writeString(source, "hello synapse\n");
    String first = client.files().upload(source, UploadOptions.defaults(), (d, t) -> {});
    synapse.requestLog().reset();
    String second = client.files().upload(source, UploadOptions.defaults(), (d, t) -> {});
    assertEquals(first, second, "same request = same (completed) upload");
    assertEquals(0, synapse.requestLog().count("PUT /file/v1/file/multipart/{uploadId}/add/{partNumber}"));
    assertTrue(client.files().fileHandle(first).getContentSize() == 14L);
  }

  @Test
  void anEmptyFileIsRejectedWithSynapsesReason() throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.createFile(empty);
    SynapseBadRequestException e = assertThrows(SynapseBadRequestException.class,
        () -> client.files().upload(empty, UploadOptions.defaults(), (d, t) -> {}));
    assertEquals("File size must be at least one byte", e.reason());
  }
}
