package org.synapsejdbc.client.error;

/** 403: the caller is authenticated but not allowed (permissions, missing token scopes, certification). */
public class SynapseForbiddenException extends SynapseException {
  public SynapseForbiddenException(int status, String reason) {
    super(status, reason);
  }

}
