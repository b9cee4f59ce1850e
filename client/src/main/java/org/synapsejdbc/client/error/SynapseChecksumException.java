package org.synapsejdbc.client.error;

/** Downloaded or uploaded bytes do not match the MD5 Synapse recorded for them. */
public class SynapseChecksumException extends SynapseException {
  public SynapseChecksumException(String message) {
    super(0, message, message, null);
  }
}
