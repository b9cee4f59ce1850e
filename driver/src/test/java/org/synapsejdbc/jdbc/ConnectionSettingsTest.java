package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {
  private static final String SECRET = "not-a-real-token-8d7f6e5a";

  @Test
  void defaultsApplyWhenNothingIsGiven() throws SQLException {
    ConnectionSettings s = settings("jdbc:synapse:", new Properties());
    assertEquals("eventual", s.get(SynapseProperty.CONSISTENCY));
    assertEquals(60, s.getInt(SynapseProperty.CACHE_TTL));
    assertEquals(Optional.empty(), s.explicitToken());
    Properties calcite = s.calciteProperties();
    assertEquals("MYSQL_ANSI", calcite.getProperty("lex"));
    assertEquals("LOW", calcite.getProperty("defaultNullCollation"));
    assertEquals("UTC", calcite.getProperty("timeZone"));
  }

  @Test
  void urlAndPropertiesMerge() throws SQLException {
    ConnectionSettings s = settings("jdbc:synapse:?consistency=WAIT", props("queryTimeout", "30", "authToken", SECRET));
    assertEquals("wait", s.get(SynapseProperty.CONSISTENCY));
    assertEquals(30, s.getInt(SynapseProperty.QUERY_TIMEOUT));
    assertEquals(Optional.of(SECRET), s.explicitToken());
  }

  @Test
  void passwordIsAToken() throws SQLException {
    assertEquals(Optional.of(SECRET), settings("jdbc:synapse:", props("password", SECRET)).explicitToken());
  }

  @Test
  void emptyUserAndPasswordFromToolsCountAsUnset() throws SQLException {
    ConnectionSettings s = settings("jdbc:synapse:", props("user", "", "password", ""));
    assertEquals(Optional.empty(), s.explicitToken());
    assertEquals(Optional.empty(), s.given(SynapseProperty.USER));
  }

  @Test
  void rejectsUnknownPropertyInProperties() {
    assertInvalid("jdbc:synapse:", props("ShoeSize", "42"), "Unrecognized connection property 'ShoeSize'");
  }

  @Test
  void rejectsUnknownPropertyInUrl() {
    assertInvalid("jdbc:synapse:?ShoeSize=42", new Properties(), "Unrecognized connection property 'ShoeSize'");
  }

  @Test
  void suggestsTheRightSpelling() {
    assertInvalid("jdbc:synapse:", props("authtoken", SECRET), "did you mean 'authToken'?");
  }

  @Test
  void rejectsCalcitePropertiesThatAreNotOurs() {
    assertInvalid("jdbc:synapse:", props("model", "inline:{}"), "Unrecognized connection property 'model'");
  }

  @Test
  void rejectsPropertyGivenInUrlAndProperties() {
    assertInvalid("jdbc:synapse:?cacheTtl=5", props("cacheTtl", "5"), "both in the URL and in the connection properties");
  }

  @Test
  void rejectsEmptyValueInProperties() {
    assertInvalid("jdbc:synapse:", props("schema", ""), "'schema' has an empty value");
  }

  @Test
  void rejectsEmptyAuthToken() {
    assertInvalid("jdbc:synapse:", props("authToken", ""), "'authToken' has an empty value");
  }

  @Test
  void rejectsBothTokenProperties() {
    assertInvalid("jdbc:synapse:", props("authToken", SECRET, "password", SECRET), "either as 'authToken' or as 'password'");
  }

  @Test
  void rejectsBadNumber() {
    assertInvalid("jdbc:synapse:?queryTimeout=soon", new Properties(), "Invalid value 'soon' for connection property 'queryTimeout'");
  }

  @Test
  void rejectsNegativeNumber() {
    assertInvalid("jdbc:synapse:", props("cacheTtl", "-1"), "expected a whole number");
  }

  @Test
  void rejectsUnknownChoice() {
    assertInvalid("jdbc:synapse:?consistency=strong", new Properties(), "expected one of eventual, wait");
  }

  @Test
  void rejectsBadBoolean() {
    assertInvalid("jdbc:synapse://localhost?ssl=yes", new Properties(), "expected true or false");
  }

  @Test
  void rejectsBadTimeZone() {
    assertInvalid("jdbc:synapse:?timeZone=Mars/Olympus", new Properties(), "expected a time zone id");
  }

  @Test
  void rejectsUnknownFunctionLibrary() {
    assertInvalid("jdbc:synapse:?fun=standard,cobol", new Properties(), "comma-separated list");
  }

  @Test
  void rejectsLocalPropertiesOnRemoteUrls() {
    assertInvalid("jdbc:synapse:?localDir=/tmp/x", new Properties(), "only applies to jdbc:synapse:local");
  }

  @Test
  void rejectsDataDirectoryGivenTwice() {
    assertInvalid("jdbc:synapse:local:/tmp/a", props("localDir", "/tmp/b"), "given both in the URL");
  }

  @Test
  void rejectsSslForLocal() {
    assertInvalid("jdbc:synapse:local?ssl=true", new Properties(), "'ssl' does not apply");
  }

  @Test
  void localDataDirectoryComesFromUrlPropertyOrDefault() throws SQLException {
    assertEquals(Path.of("/tmp/a"), settings("jdbc:synapse:local:/tmp/a", new Properties()).localDataDir());
    assertEquals(Path.of("/tmp/b"), settings("jdbc:synapse:local", props("localDir", "/tmp/b")).localDataDir());
    assertEquals(Path.of(System.getProperty("user.home"), ".synapse-jdbc", "local"),
        settings("jdbc:synapse:local", new Properties()).localDataDir());
  }

  @Test
  void invalidSecretValueIsNotEchoed() {
    // authToken accepts any text, so provoke the check through the URL rule instead: the value never shows.
    SQLException e = assertThrows(SQLException.class,
        () -> settings("jdbc:synapse:?authToken=" + SECRET, new Properties()));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void toStringMasksTheToken() throws SQLException {
    String text = settings("jdbc:synapse:", props("authToken", SECRET, "schema", "p1")).toString();
    assertFalse(text.contains(SECRET), text);
    assertTrue(text.contains("authToken=***"), text);
    assertTrue(text.contains("schema=p1"), text);
  }

  private static ConnectionSettings settings(String url, Properties info) throws SQLException {
    return ConnectionSettings.resolve(SynapseUrl.parse(url), info);
  }

  private static Properties props(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  private static void assertInvalid(String url, Properties info, String messagePart) {
    SQLException e = assertThrows(SQLException.class, () -> settings(url, info));
    assertTrue(e.getMessage().contains(messagePart), () -> "message '" + e.getMessage() + "' lacks '" + messagePart + "'");
    assertEquals("08001", e.getSQLState());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }
}
