package org.synapsejdbc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.client.error.SynapseConfigurationException;

/** Endpoint defaults and the https-except-loopback rule. */
class SynapseEndpointsTest {
  @Test
  void productionDefaults() {
    assertEquals("https://repo-prod.prod.sagebase.org/repo/v1", SynapseEndpoints.PRODUCTION.repo().toString());
    assertEquals("https://repo-prod.prod.sagebase.org/file/v1", SynapseEndpoints.PRODUCTION.file().toString());
    assertEquals("https://repo-prod.prod.sagebase.org/auth/v1", SynapseEndpoints.PRODUCTION.auth().toString());
  }

  @Test
  void plainHttpIsRejectedForNetworkHosts() {
    SynapseConfigurationException e = assertThrows(SynapseConfigurationException.class,
        () -> SynapseEndpoints.of("http://synapse.example.org"));
    assertTrue(e.getMessage().contains("must use https"), e.getMessage());
    assertThrows(SynapseConfigurationException.class, () -> SynapseEndpoints.of("http://10.0.0.1:8080"));
    assertThrows(SynapseConfigurationException.class, () -> SynapseEndpoints.of("http://127.example.org"));
  }

  @Test
  void plainHttpIsAllowedForLoopback() {
    assertEquals("http://127.0.0.1:8080/repo/v1", SynapseEndpoints.of("http://127.0.0.1:8080/").repo().toString());
    SynapseEndpoints.of("http://localhost:1");
    SynapseEndpoints.of("http://[::1]:1");
  }

  @Test
  void onlyServicePrefixesCountAsSynapseUrls() {
    SynapseEndpoints e = SynapseEndpoints.of("http://127.0.0.1:8080");
    assertTrue(e.isSynapseServiceUrl(HttpUrl.get("http://127.0.0.1:8080/repo/v1/entity/syn1")));
    assertFalse(e.isSynapseServiceUrl(HttpUrl.get("http://127.0.0.1:8080/storage/key?sig=1")));
    assertFalse(e.isSynapseServiceUrl(HttpUrl.get("http://127.0.0.1:9090/repo/v1/entity/syn1")));
  }
}
