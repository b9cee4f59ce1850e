package org.synapsejdbc.client.model;

/** Defines FileHandles for files that are stored externally and can not be controlled by Synapse. */
public interface ExternalFileHandleInterface extends FileHandle {
}
