package org.synapsejdbc.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.DriverVersion;

/** The driver's name and version, read from a resource that Maven fills in at build time. */
public final class DriverInfo {
  public static final String DRIVER_NAME = "Synapse JDBC Driver";
  public static final String PRODUCT_NAME = "Synapse";
  public static final String VERSION = loadVersion();

  private DriverInfo() {
  }

  /** The Avatica version record: product name "Synapse", driver and product version = this driver's version. */
  static DriverVersion driverVersion() {
    int[] mm = majorMinor(VERSION);
    return new DriverVersion(DRIVER_NAME, VERSION, PRODUCT_NAME, VERSION, false, mm[0], mm[1], mm[0], mm[1]);
  }

  /** Major and minor number of a version such as {@code 1.2.3-SNAPSHOT}; 0 for missing parts. */
  static int[] majorMinor(String version) {
    Matcher m = Pattern.compile("^(\\d+)(?:\\.(\\d+))?").matcher(version);
    if (!m.find()) {
      return new int[] {0, 0};
    }
    return new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))};
  }

  private static String loadVersion() {
    try (InputStream in = DriverInfo.class.getResourceAsStream("synapse-jdbc.properties")) {
      if (in == null) {
        throw new IllegalStateException("synapse-jdbc.properties is missing from the driver jar");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version");
      if (v == null || v.startsWith("${")) {
        throw new IllegalStateException("synapse-jdbc.properties was not filtered by the build: " + v);
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
