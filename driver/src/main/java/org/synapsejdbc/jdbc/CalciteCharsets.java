package org.synapsejdbc.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.config.CalciteSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Calcite accept SQL string literals outside Latin-1 without configuration: sets Calcite's default character
 * set, national character set and collation to UTF-8 as JVM system properties, unless the user configured them.
 *
 * <p>Calcite reads these once per JVM, when {@link CalciteSystemProperty} is initialized (its values are static
 * finals, copied again into {@code Util}); so this must run before anything initializes that class, which is why
 * {@link SynapseDriver}'s static initializer calls it first. Loading Calcite's own {@code Driver} (our superclass)
 * does not initialize it. When some other code used Calcite earlier in the JVM, it is too late: the defaults stay
 * ISO-8859-1 and a warning says how to set them on the command line.
 */
final class CalciteCharsets {
  static final String CHARSET = "calcite.default.charset";
  static final String NATIONAL_CHARSET = "calcite.default.nationalcharset";
  static final String COLLATION = "calcite.default.collation.name";
  static final String UTF_8 = "UTF-8";
  static final String UTF_8_COLLATION = "UTF-8$en_US";
  private static final Logger LOG = LoggerFactory.getLogger(CalciteCharsets.class);
  /** Calcite maps these older namespaces (system properties and {@code saffron.properties}) onto "calcite.". */
  private static final List<String> NAMESPACES = List.of("calcite.", "saffron.", "net.sf.saffron.");

  /** What {@link #install} found. */
  enum Outcome {
    /** The driver set UTF-8 and Calcite uses it. */
    SET,
    /** The user configured the charset or collation; left as configured. */
    USER_CONFIGURED,
    /** Calcite had read its defaults before the driver loaded; literals stay Latin-1 only. */
    TOO_LATE
  }

  private CalciteCharsets() {
  }

  /** Sets the UTF-8 defaults where the user has not chosen (idempotent); never throws. */
  static synchronized Outcome install() {
    try {
      Properties saffron = saffronProperties();
      boolean userCharset = configured("default.charset", saffron)
          || configured("default.collation.name", saffron);
      if (!userCharset) {
        // The collation names its own charset; Calcite compares the two, so they change together.
        System.setProperty(CHARSET, UTF_8);
        System.setProperty(COLLATION, UTF_8_COLLATION);
      }
      if (!configured("default.nationalcharset", saffron)) {
        System.setProperty(NATIONAL_CHARSET, UTF_8);
      }
      if (userCharset) {
        LOG.debug("Calcite charset configured by the user: {}", CalciteSystemProperty.DEFAULT_CHARSET.value());
        return Outcome.USER_CONFIGURED;
      }
      String effective = CalciteSystemProperty.DEFAULT_CHARSET.value();
      if (!UTF_8.equals(effective)) {
        LOG.warn("Calcite was initialized before the Synapse driver and uses the {} charset for SQL literals: "
            + "literals outside it will be refused (parameters are fine). Load the driver first, or start the JVM "
            + "with -D{}={} -D{}={} -D{}={}", effective, CHARSET, UTF_8, NATIONAL_CHARSET, UTF_8, COLLATION,
            UTF_8_COLLATION);
        return Outcome.TOO_LATE;
      }
      return Outcome.SET;
    } catch (SecurityException e) {
      LOG.warn("Cannot set Calcite's charset properties ({}); SQL literals are limited to Latin-1", e.toString());
      return Outcome.TOO_LATE;
    }
  }

  /** Whether {@code suffix} is set in any namespace, as a system property or in {@code saffron.properties}. */
  private static boolean configured(String suffix, Properties saffron) {
    for (String namespace : NAMESPACES) {
      if (System.getProperty(namespace + suffix) != null || saffron.getProperty(namespace + suffix) != null) {
        return true;
      }
    }
    return false;
  }

  /** The {@code saffron.properties} Calcite would read (same class loader choice), without initializing Calcite. */
  private static Properties saffronProperties() {
    Properties p = new Properties();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = CalciteCharsets.class.getClassLoader();
    }
    try (InputStream in = loader == null ? null : loader.getResourceAsStream("saffron.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      LOG.debug("saffron.properties cannot be read: {}", e.toString());
    }
    return p;
  }
}
