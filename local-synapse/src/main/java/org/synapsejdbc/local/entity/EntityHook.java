package org.synapsejdbc.local.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.synapsejdbc.local.http.Caller;

/**
 * Lets other modules take part in entity writes: the files module validates {@code dataFileHandleId} and decides
 * when a FileEntity update creates a new version; the tables module validates {@code columnIds}. All methods run
 * inside the entity write transaction; throw {@code ApiException} to reject.
 */
public interface EntityHook {

    /** Content facts of a file handle, for {@code VersionInfo.contentSize/contentMd5}. */
    record FileContent(Long contentSize, String contentMd5, String fileName) {
    }

    /**
     * Called before a create ({@code previous == null}) or update is stored. {@code props} holds the type-specific
     * properties of the body (e.g. {@code dataFileHandleId}, {@code columnIds}) and may be modified.
     */
    default void beforeWrite(Caller caller, EntityKind kind, ObjectNode props, ObjectNode previous) {
    }

    /**
     * Whether an update without {@code newVersion=true} must still create a version (Synapse: a FileEntity whose
     * {@code dataFileHandleId} changed to a handle with a different MD5, or either lacks one).
     */
    default boolean requiresNewVersion(EntityKind kind, ObjectNode previous, ObjectNode props) {
        return false;
    }

    /** Content size/MD5/file name of a file handle, if this hook knows it. */
    default Optional<FileContent> fileContent(String fileHandleId) {
        return Optional.empty();
    }
}
