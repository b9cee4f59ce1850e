package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.files.UploadOptions;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.FileHandle;

/**
 * {@code store_file(parent, local_path [, name, description, content_type])}: uploads a local file by multipart
 * upload and stores it as a File entity, like the Python client's {@code syn.store(File(path, parent=...))}: a
 * file of the same name in the parent gets a new version carrying the new bytes.
 */
final class StoreFile implements SynapseProcedure {
  private static final ProcedureSpec SPEC = new ProcedureSpec("store_file",
      "Uploads a local file into a project or folder; a file with the same name there gets a new version",
      List.of(required("parent", SqlTypeName.VARCHAR, "id of the project or folder, e.g. syn123"),
          required("local_path", SqlTypeName.VARCHAR, "path of the local file (at least one byte)"),
          optional("name", SqlTypeName.VARCHAR, "entity name (default: the local file name)"),
          optional("description", SqlTypeName.VARCHAR, "entity description"),
          optional("content_type", SqlTypeName.VARCHAR, "MIME type (default: guessed from the file name)")),
      EntityResults.with(
          column("file_handle_id", SqlTypeName.VARCHAR, "id of the uploaded file handle"),
          column("content_md5", SqlTypeName.VARCHAR, "MD5 of the uploaded bytes (hex)"),
          column("content_size", SqlTypeName.BIGINT, "size in bytes"),
          column("local_path", SqlTypeName.VARCHAR, "absolute path of the uploaded local file")));

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String parent = args.entityId(0);
    Path file = LocalFiles.readableFile(args, 1);
    String name = Optional.ofNullable(args.optString(2)).orElse(file.getFileName().toString());
    String description = args.optString(3);
    String contentType = args.optString(4);
    // The parent must exist before bytes are uploaded (a lookup in a missing parent just finds nothing).
    Calls.synapse("read the parent " + parent, () -> synapse.entities().get(parent));
    Optional<String> existingId = Calls.synapse("look up '" + name + "' in " + parent,
        () -> synapse.entities().lookup(parent, name));
    FileEntity existing = null;
    if (existingId.isPresent()) {
      Entity found = Calls.synapse("read " + existingId.get(), () -> synapse.entities().get(existingId.get()));
      if (!(found instanceof FileEntity f)) {
        throw new ProcedureException(SynapseSqlStates.NAME_CONFLICT, "store_file: '" + name + "' in " + parent
            + " is a " + EntityResults.type(found) + " (" + found.getId() + "), not a file");
      }
      existing = f;
    }
    String handleId = upload(synapse, file, name, contentType);
    FileHandle handle = Calls.synapse("read file handle " + handleId, () -> synapse.files().fileHandle(handleId));
    FileEntity stored;
    String action;
    if (existing == null) {
      FileEntity entity = new FileEntity().setParentId(parent).setName(name).setDescription(description)
          .setDataFileHandleId(handleId);
      stored = Calls.synapse("create file '" + name + "' in " + parent, () -> synapse.entities().create(entity));
      action = "created";
    } else {
      FileEntity update = existing.setDataFileHandleId(handleId)
          // Like the Python client: the next number as label, so the new version's label cannot clash.
          .setVersionLabel(String.valueOf(existing.getVersionNumber() + 1)).setVersionComment(null);
      if (description != null) {
        update.setDescription(description);
      }
      stored = Calls.synapse("store a new version of " + existing.getId(),
          () -> synapse.entities().update(update, true, null));
      action = "new_version";
    }
    return List.<Object[]>of(EntityResults.row(stored, action, handleId, handle.getContentMd5(),
        handle.getContentSize(), file.toAbsolutePath().toString()));
  }

  private static String upload(SynapseClient synapse, Path file, String name, String contentType) {
    UploadOptions options = UploadOptions.defaults().withFileName(file.getFileName().toString());
    if (contentType != null) {
      options = options.withContentType(contentType);
    }
    UploadOptions chosen = options;
    return Calls.synapse("upload " + file.toAbsolutePath(), () -> {
      try {
        return synapse.files().upload(file, chosen, new ProgressLog("Uploading " + name));
      } catch (IOException e) {
        throw new ProcedureException(SynapseSqlStates.DATA, "store_file: could not read the local file "
            + file.toAbsolutePath() + ": " + e, e);
      }
    });
  }
}
