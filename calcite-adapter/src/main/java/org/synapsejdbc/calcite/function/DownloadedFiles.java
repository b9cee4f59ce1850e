package org.synapsejdbc.calcite.function;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.error.StatementErrors;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;

/**
 * The files {@code synapse.read_file} downloaded for one connection, so that planning the same file again (every
 * statement plans anew) does not download it again. Keyed by entity id, version and the file handle's MD5, so a new
 * version or new content is downloaded afresh; bounded (least recently used files are deleted first); all files are
 * deleted when the connection closes.
 */
public final class DownloadedFiles implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DownloadedFiles.class);
  /** Files kept per connection. */
  static final int MAX_FILES = 16;
  /** Bytes kept per connection; a larger single file is still kept until the next one arrives. */
  static final long MAX_BYTES = 1L << 30;

  private final SynapseClient client;
  private final Map<String, Path> files = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;
  private boolean closed;

  public DownloadedFiles(SynapseClient client) {
    this.client = client;
  }

  /**
   * The local copy of file entity {@code id} (the given version, or the current one when null): one
   * {@code bundle2} request to learn the version and MD5, and a download only when this connection has no copy.
   */
  public synchronized Path get(String id, Long version) {
    if (closed) {
      throw new IllegalStateException("The connection is closed");
    }
    EntityBundleRequest request = new EntityBundleRequest().setIncludeEntity(true).setIncludeFileHandles(true);
    EntityBundle bundle = version == null ? client.entities().bundle(id, request)
        : client.entities().bundle(id, version, request);
    if (!(bundle.getEntity() instanceof FileEntity f)) {
      throw notAFile(id, bundle.getEntity() == null ? null : bundle.getEntity().getConcreteType());
    }
    FileHandle handle = bundle.getFileHandles() == null ? null : bundle.getFileHandles().stream()
        .filter(h -> f.getDataFileHandleId().equals(h.getId())).findFirst().orElse(null);
    // A handle's bytes never change; its MD5 (or, without one, its id) identifies the content.
    String content = handle != null && handle.getContentMd5() != null ? handle.getContentMd5()
        : "handle-" + f.getDataFileHandleId();
    String key = f.getId() + "." + f.getVersionNumber() + ":" + content;
    Path cached = files.get(key);
    if (cached != null && Files.isRegularFile(cached)) {
      LOG.debug("read_file {}: using the copy downloaded earlier", key);
      return cached;
    }
    Path target = download(f);
    files.put(key, target);
    bytes += size(target);
    evict(target);
    return target;
  }

  /** read_file on a project, folder, table, ...: names the entity and what it is, and what to use instead. */
  static RuntimeException notAFile(String id, String concreteType) {
    String type = concreteType == null ? "entity" : concreteType.substring(concreteType.lastIndexOf('.') + 1);
    String kind = switch (type) {
      case "Project" -> "a project";
      case "Folder" -> "a folder";
      case "TableEntity" -> "a table";
      case "EntityView" -> "an entity view";
      case "SubmissionView" -> "a submission view";
      case "MaterializedView" -> "a materialized view";
      case "VirtualTable" -> "a virtual table";
      case "Dataset" -> "a dataset";
      case "DatasetCollection" -> "a dataset collection";
      case "entity" -> "an entity";
      default -> "a " + type;
    };
    boolean tabular = !type.equals("Project") && !type.equals("Folder") && !type.equals("entity")
        && !type.equals("Link") && !type.equals("DockerRepository");
    return StatementErrors.of(SynapseSqlStates.INVALID_PARAMETER, "synapse.read_file reads file entities only, but "
        + id + " is " + kind + " (" + type + ")" + (tabular ? "; query it directly: SELECT * FROM " + id
        : "; list its files with SELECT id, name FROM synapse.entities WHERE parent_id = '" + id + "'"));
  }

  private Path download(FileEntity f) {
    try {
      Path target = Files.createTempFile("synapse-read-file-", ".txt");
      target.toFile().deleteOnExit();
      client.files().download(new FileHandleAssociation().setFileHandleId(f.getDataFileHandleId())
          .setAssociateObjectId(f.getId()).setAssociateObjectType(FileHandleAssociateType.FileEntity), target,
          TransferProgressListener.NONE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Downloading " + f.getId() + " failed", e);
    }
  }

  /** Deletes the least recently used files beyond the bounds, never the one just downloaded. */
  private void evict(Path keep) {
    Iterator<Map.Entry<String, Path>> it = files.entrySet().iterator();
    while ((files.size() > MAX_FILES || bytes > MAX_BYTES) && it.hasNext()) {
      Path p = it.next().getValue();
      if (p.equals(keep)) {
        continue;
      }
      it.remove();
      bytes -= size(p);
      delete(p);
    }
  }

  /** How many downloaded files this connection keeps now. */
  public synchronized int size() {
    return files.size();
  }

  @Override
  public synchronized void close() {
    closed = true;
    files.values().forEach(DownloadedFiles::delete);
    files.clear();
    bytes = 0;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.warn("Could not delete {}: {}", p, e.toString());
    }
  }
}
