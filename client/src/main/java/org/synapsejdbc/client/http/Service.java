package org.synapsejdbc.client.http;

/** Which Synapse service prefix a route lives under ({@code /repo/v1}, {@code /file/v1}, {@code /auth/v1}). */
public enum Service {
  REPO, FILE, AUTH
}
