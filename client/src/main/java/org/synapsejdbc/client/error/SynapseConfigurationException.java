package org.synapsejdbc.client.error;

/** Invalid client configuration: an endpoint that is not https, an unknown credential profile, an unreadable file. */
public class SynapseConfigurationException extends SynapseException {
  public SynapseConfigurationException(String message) {
    super(0, message, message, null);
  }

  public SynapseConfigurationException(String message, Throwable cause) {
    super(0, message, message, cause);
  }
}
