package org.synapsejdbc.client.error;

import java.io.IOException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The server's TLS certificate could not be verified (untrusted issuer, self-signed, expired, or issued for another
 * host name): the connection was dropped during the handshake, before any request (or token) was sent. Not
 * transient: retrying would meet the same certificate.
 */
public class SynapseCertificateException extends SynapseTransportException {
  public SynapseCertificateException(String request, String host, IOException cause) {
    super(request + " refused: the TLS certificate of " + host + " could not be verified; nothing was sent. If the"
        + " server uses a private certificate authority, add it to the JVM trust store (-Djavax.net.ssl.trustStore)",
        cause, false);
  }

  /** Whether a transport failure is a certificate (or host name) verification failure rather than a network fault. */
  public static boolean isVerificationFailure(IOException e) {
    if (e instanceof SSLPeerUnverifiedException) {
      return true;
    }
    if (!(e instanceof SSLHandshakeException)) {
      return false;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof CertificateException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isTransient() {
    return false;
  }
}
