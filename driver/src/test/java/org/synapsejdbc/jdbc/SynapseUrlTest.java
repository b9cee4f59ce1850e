package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SynapseUrlTest {
  private static final String SECRET = "eyJ0eXAiOiJKV1QiLCJraWQiOiJXN05OOldMSlQ6SjVSSzpMN1RMOlQ3TDc";

  @Test
  void bareUrlMeansSynapseOrg() throws SQLException {
    SynapseUrl url = SynapseUrl.parse("jdbc:synapse:");
    assertEquals(SynapseUrl.Kind.SYNAPSE_ORG, url.kind());
    assertEquals(Map.of(), url.properties());
  }

  @Test
  void bareUrlWithProperties() throws SQLException {
    SynapseUrl url = SynapseUrl.parse("jdbc:synapse:?profile=dev&cacheTtl=5");
    assertEquals(SynapseUrl.Kind.SYNAPSE_ORG, url.kind());
    assertEquals(Map.of("profile", "dev", "cacheTtl", "5"), url.properties());
  }

  @Test
  void serverWithPortPathAndProperties() throws SQLException {
    SynapseUrl url = SynapseUrl.parse("jdbc:synapse://repo.example.org:8443/synapse/?consistency=wait&schema=My%20Project");
    assertEquals(SynapseUrl.Kind.SERVER, url.kind());
    assertEquals("repo.example.org", url.host());
    assertEquals(8443, url.port());
    assertEquals("/synapse", url.path());
    assertEquals("https://repo.example.org:8443/synapse", url.baseUrl(true));
    assertEquals(Map.of("consistency", "wait", "schema", "My Project"), url.properties());
  }

  @Test
  void serverWithoutPort() throws SQLException {
    SynapseUrl url = SynapseUrl.parse("jdbc:synapse://localhost");
    assertEquals(-1, url.port());
    assertEquals("", url.path());
    assertEquals("http://localhost", url.baseUrl(false));
  }

  @Test
  void ipv6Host() throws SQLException {
    SynapseUrl url = SynapseUrl.parse("jdbc:synapse://[::1]:8080");
    assertEquals("::1", url.host());
    assertEquals("http://[::1]:8080", url.baseUrl(false));
  }

  @Test
  void localWithAndWithoutDirectory() throws SQLException {
    assertEquals(Optional.empty(), SynapseUrl.parse("jdbc:synapse:local").localDir());
    SynapseUrl url = SynapseUrl.parse("jdbc:synapse:local:/tmp/my%20data?localPort=8080");
    assertEquals(SynapseUrl.Kind.LOCAL, url.kind());
    assertEquals(Optional.of("/tmp/my data"), url.localDir());
    assertEquals(Map.of("localPort", "8080"), url.properties());
  }

  @Test
  void percentDecodingIsUtf8AndKeepsPlus() throws SQLException {
    SynapseUrl url = SynapseUrl.parse("jdbc:synapse:?schema=Z%C3%BCrich+1");
    assertEquals("Zürich+1", url.properties().get("schema"));
  }

  @Test
  void acceptsOnlyOurPrefix() {
    assertTrue(SynapseUrl.isSynapseUrl("jdbc:synapse:"));
    assertFalse(SynapseUrl.isSynapseUrl("jdbc:calcite:"));
    assertFalse(SynapseUrl.isSynapseUrl(null));
  }

  @Test
  void rejectsOtherScheme() {
    assertInvalid("jdbc:mysql://localhost/db", "must start with jdbc:synapse:");
  }

  @Test
  void rejectsUppercasePrefix() {
    assertInvalid("JDBC:SYNAPSE:", "must start with jdbc:synapse:");
  }

  @Test
  void rejectsUnknownForm() {
    assertInvalid("jdbc:synapse:prod", "unknown form 'prod'");
  }

  @Test
  void rejectsHttpScheme() {
    assertInvalid("jdbc:synapse:https://repo.example.org", "without http: or https:");
  }

  @Test
  void rejectsSingleSlash() {
    assertInvalid("jdbc:synapse:/repo.example.org", "two slashes");
  }

  @Test
  void rejectsEmptyHost() {
    assertInvalid("jdbc:synapse://", "the host is empty");
  }

  @Test
  void rejectsEmptyHostWithPort() {
    assertInvalid("jdbc:synapse://:8080", "the host is empty");
  }

  @Test
  void rejectsInvalidHostName() {
    assertInvalid("jdbc:synapse://bad_host!", "not a valid host name");
  }

  @Test
  void rejectsNonNumericPort() {
    assertInvalid("jdbc:synapse://localhost:http", "is not a number from 1 to 65535");
  }

  @Test
  void rejectsEmptyPort() {
    assertInvalid("jdbc:synapse://localhost:/x", "the port after ':' is empty");
  }

  @Test
  void rejectsPortZero() {
    assertInvalid("jdbc:synapse://localhost:0", "out of range");
  }

  @Test
  void rejectsPortTooLarge() {
    assertInvalid("jdbc:synapse://localhost:65536", "out of range");
  }

  @Test
  void rejectsUnclosedIpv6() {
    assertInvalid("jdbc:synapse://[::1:8080", "missing ']'");
  }

  @Test
  void rejectsDotSegments() {
    assertInvalid("jdbc:synapse://localhost/a/../b", "'.' or '..'");
  }

  @Test
  void rejectsFragment() {
    assertInvalid("jdbc:synapse://localhost#top", "fragment");
  }

  @Test
  void rejectsEmptyQuery() {
    assertInvalid("jdbc:synapse://localhost?", "not followed by any key=value");
  }

  @Test
  void rejectsEmptyPropertyBetweenSeparators() {
    assertInvalid("jdbc:synapse:?cacheTtl=5&&schema=x", "empty property between '&'");
  }

  @Test
  void rejectsPropertyWithoutValue() {
    assertInvalid("jdbc:synapse:?ssl", "property 'ssl' has no '='");
  }

  @Test
  void rejectsEmptyPropertyName() {
    assertInvalid("jdbc:synapse:?=5", "empty name");
  }

  @Test
  void rejectsEmptyValue() {
    assertInvalid("jdbc:synapse:?schema=", "'schema' has an empty value");
  }

  @Test
  void rejectsDuplicateProperty() {
    assertInvalid("jdbc:synapse:?cacheTtl=5&cacheTtl=6", "more than once");
  }

  @Test
  void rejectsMalformedPercentEncoding() {
    assertInvalid("jdbc:synapse:?schema=a%zz", "malformed percent-encoding");
  }

  @Test
  void rejectsTruncatedPercentEncoding() {
    assertInvalid("jdbc:synapse:?schema=a%2", "malformed percent-encoding");
  }

  @Test
  void rejectsInvalidUtf8() {
    assertInvalid("jdbc:synapse:?schema=%C3%28", "not valid UTF-8");
  }

  @Test
  void rejectsEmptyLocalDirectory() {
    assertInvalid("jdbc:synapse:local:", "data directory");
  }

  @Test
  void rejectsTokenInUrlWithoutEchoingIt() {
    SQLException e = assertInvalid("jdbc:synapse://localhost?authToken=" + SECRET, "must not be given in the URL");
    assertFalse(e.getMessage().contains(SECRET.substring(0, 10)), e.getMessage());
  }

  @Test
  void rejectsPasswordInUrlWithoutEchoingIt() {
    SQLException e = assertInvalid("jdbc:synapse:?password=" + SECRET, "must not be given in the URL");
    assertFalse(e.getMessage().contains(SECRET.substring(0, 10)), e.getMessage());
  }

  @Test
  void rejectsCredentialsInAuthorityWithoutEchoingThem() {
    SQLException e = assertInvalid("jdbc:synapse://me:" + SECRET + "@localhost", "credentials before '@'");
    assertFalse(e.getMessage().contains(SECRET.substring(0, 10)), e.getMessage());
  }

  @Test
  void rejectsTokenPastedWithoutKeyWithoutEchoingIt() {
    SQLException e = assertInvalid("jdbc:synapse:?" + SECRET, "a property has no '='");
    assertFalse(e.getMessage().contains(SECRET.substring(0, 10)), e.getMessage());
  }

  @Test
  void rejectsTokenPastedAsPropertyNameWithoutEchoingIt() {
    SQLException e = assertInvalid("jdbc:synapse:?" + SECRET + "=x", "property name must be a word");
    assertFalse(e.getMessage().contains(SECRET.substring(0, 10)), e.getMessage());
  }

  @Test
  void toStringOmitsPropertyValues() throws SQLException {
    String text = SynapseUrl.parse("jdbc:synapse:?schema=hidden-value").toString();
    assertTrue(text.contains("schema"), text);
    assertFalse(text.contains("hidden-value"), text);
  }

  private static SQLException assertInvalid(String url, String messagePart) {
    SQLException e = assertThrows(SQLException.class, () -> SynapseUrl.parse(url));
    assertTrue(e.getMessage().contains(messagePart), () -> "message '" + e.getMessage() + "' lacks '" + messagePart + "'");
    assertEquals("08001", e.getSQLState());
    return e;
  }
}
