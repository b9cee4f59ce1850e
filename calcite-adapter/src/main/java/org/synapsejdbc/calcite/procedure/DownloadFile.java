package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.client.model.FileHandleAssociation;

/**
 * {@code download_file(id [, version, directory])}: downloads a File entity's bytes (resumable, MD5 verified
 * against Synapse's {@code contentMd5}) into a local directory under the file's own name.
 */
final class DownloadFile implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("download_file",
      "Downloads a file (MD5 verified) into a local directory and returns its path",
      List.of(required("id", SqlTypeName.VARCHAR, "id of the File entity, e.g. syn123"),
          optional("version", SqlTypeName.BIGINT, "version to download (default: the current one)"),
          optional("directory", SqlTypeName.VARCHAR, "local directory, created if missing (default: the "
              + "current directory)")),
      List.of(column("id", SqlTypeName.VARCHAR, "id of the File entity"),
          column("version_number", SqlTypeName.BIGINT, "version downloaded"),
          column("file_name", SqlTypeName.VARCHAR, "name of the file"),
          column("path", SqlTypeName.VARCHAR, "absolute local path written"),
          column("content_md5", SqlTypeName.VARCHAR, "MD5 of the bytes (hex), verified"),
          column("content_size", SqlTypeName.BIGINT, "size in bytes")));

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String id = args.entityId(0);
    Long version = args.optLong(1);
    if (version != null && version < 1) {
      throw args.invalid(1, "must be a version number of at least 1");
    }
    Path directory = LocalFiles.writableDirectory(args, 2);
    EntityBundleRequest request = new EntityBundleRequest().setIncludeEntity(true).setIncludeFileName(true)
        .setIncludeFileHandles(true);
    EntityBundle bundle = Calls.synapse("read " + id + (version == null ? "" : " version " + version),
        () -> version == null ? synapse.entities().bundle(id, request) : synapse.entities().bundle(id, version,
            request));
    if (!(bundle.getEntity() instanceof FileEntity file)) {
      throw new ProcedureException(SynapseSqlStates.DATA, "download_file: " + id + " is a "
          + EntityResults.type(bundle.getEntity()) + ", not a file");
    }
    Path target = target(directory, fileName(bundle, file));
    // Synapse associates the handle with the entity id without a version, even for older versions.
    FileHandleAssociation association = new FileHandleAssociation().setFileHandleId(file.getDataFileHandleId())
        .setAssociateObjectId(id).setAssociateObjectType(FileHandleAssociateType.FileEntity);
    FileHandle handle = Calls.synapse("download " + id, () -> {
      try {
        return synapse.files().download(association, target, new ProgressLog("Downloading " + id));
      } catch (IOException e) {
        throw new ProcedureException(SynapseSqlStates.DATA, "download_file: could not write " + target + ": " + e, e);
      }
    });
    return List.<Object[]>of(new Object[] {id, file.getVersionNumber(), target.getFileName().toString(),
        target.toAbsolutePath().toString(), handle.getContentMd5(), handle.getContentSize()});
  }

  /** The entity's file name: its override, else the name stored with the file handle. */
  private static String fileName(EntityBundle bundle, FileEntity file) {
    if (file.getFileNameOverride() != null) {
      return file.getFileNameOverride();
    }
    if (bundle.getFileName() != null) {
      return bundle.getFileName();
    }
    if (bundle.getFileHandles() != null) {
      for (FileHandle h : bundle.getFileHandles()) {
        if (file.getDataFileHandleId().equals(h.getId())) {
          return h.getFileName();
        }
      }
    }
    return file.getName();
  }

  /** {@code directory/name}, refusing names that would escape the directory. */
  private static Path target(Path directory, String name) {
    Path leaf = Path.of(name).getFileName();
    if (leaf == null || leaf.toString().equals("..") || leaf.toString().equals(".")) {
      throw new ProcedureException(SynapseSqlStates.DATA, "download_file: Synapse gave an unusable file name '" + name
          + "'");
    }
    return directory.resolve(leaf.toString());
  }
}
