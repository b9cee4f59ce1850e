package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SynapseDriverTest {
  private static final String URL = "jdbc:synapse://localhost:9";

  @Test
  void driverManagerFindsOurDriverThroughTheServiceFile() throws SQLException {
    Driver driver = DriverManager.getDriver("jdbc:synapse:");
    assertInstanceOf(SynapseDriver.class, driver);
    assertEquals(DriverInfo.VERSION.split("\\.")[0], Integer.toString(driver.getMajorVersion()));
  }

  @Test
  void serviceFileOfTheDriverJarListsOnlyOurDriver() throws Exception {
    List<String> entries = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/services/java.sql.Driver"))) {
      if (url.toString().contains("/driver/target/classes/")) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(entries::add);
        }
      }
    }
    assertEquals(List.of(SynapseDriver.class.getName()), entries);
  }

  @Test
  void acceptsOnlySynapseUrls() throws SQLException {
    SynapseDriver driver = new SynapseDriver();
    assertTrue(driver.acceptsURL("jdbc:synapse:"));
    assertTrue(driver.acceptsURL("jdbc:synapse:local"));
    assertFalse(driver.acceptsURL("jdbc:calcite:"));
    assertNull(driver.connect("jdbc:calcite:", new Properties()));
  }

  @Test
  void productNameAndVersionAreOurs() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL)) {
      DatabaseMetaData md = c.getMetaData();
      assertEquals("Synapse", md.getDatabaseProductName());
      assertEquals(DriverInfo.VERSION, md.getDatabaseProductVersion());
      assertEquals("Synapse JDBC Driver", md.getDriverName());
      assertEquals(DriverInfo.VERSION, md.getDriverVersion());
      assertFalse(DriverInfo.VERSION.contains("${"), DriverInfo.VERSION);
    }
  }

  @Test
  void malformedUrlFailsWithConnectionSqlState() {
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:synapse://:1"));
    assertEquals("08001", e.getSQLState());
  }

  @Test
  void unknownPropertyFailsThroughDriverManager() {
    Properties p = new Properties();
    p.setProperty("ShoeSize", "42");
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(URL, p));
    assertEquals("Unrecognized connection property 'ShoeSize'", e.getMessage().split(";")[0]);
  }

  @Test
  void plainHttpToAnotherHostIsRefused() {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:synapse://repo.example.org?ssl=false"));
    assertEquals("08001", e.getSQLState());
    assertTrue(e.getMessage().contains("https"), e.getMessage());
  }

  @Test
  void missingProfileFailsWithAuthorizationSqlState() {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection(URL + "?profile=no-such-profile-here"));
    assertEquals("28000", e.getSQLState());
  }

  @Test
  void propertyInfoDescribesEveryProperty() throws SQLException {
    Properties info = new Properties();
    info.setProperty("password", "secret-value");
    DriverPropertyInfo[] infos = new SynapseDriver().getPropertyInfo("jdbc:synapse:?consistency=wait", info);
    Map<String, DriverPropertyInfo> byName =
        Arrays.stream(infos).collect(Collectors.toMap(i -> i.name, Function.identity()));
    assertEquals(SynapseProperty.values().length, infos.length);
    assertEquals("wait", byName.get("consistency").value);
    assertEquals(List.of("eventual", "wait"), List.of(byName.get("consistency").choices));
    assertEquals("60", byName.get("cacheTtl").value);
    assertNull(byName.get("password").value, "a secret is never echoed");
    for (DriverPropertyInfo i : infos) {
      assertNotNull(i.description, i.name);
      assertFalse(i.description.isBlank(), i.name);
    }
  }

  @Test
  void installersRunAndTheirResourcesCloseWithTheConnection() throws SQLException {
    int before = TestSchemaInstaller.CLOSED.get();
    try (Connection c = DriverManager.getConnection(URL)) {
      assertTrue(c.getMetaData().getTables(null, "testdata", "samples", null).next());
    }
    assertEquals(before + 1, TestSchemaInstaller.CLOSED.get());
  }

  @Test
  void schemaPropertySetsTheDefaultSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL + "?schema=TESTDATA")) {
      assertEquals("testdata", c.getSchema());
      try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM samples")) {
        assertTrue(rs.next());
        assertEquals(4, rs.getInt(1));
      }
    }
  }

  @Test
  void unknownDefaultSchemaIsRefused() {
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(URL + "?schema=nope"));
    assertEquals("08001", e.getSQLState());
  }
}
