package org.synapsejdbc.calcite.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SynapseConventionTest {
    @Test
    void onlySingleQueryBlocksAreValid() {
        for (String valid : List.of("s", "sf", "sp", "sfp", "sa", "sfpa", "sao", "sfpaol", "sl", "slq", "sfpaolq")) {
            assertTrue(SynapseConvention.isValid(valid), valid);
        }
        // HAVING, sort under a filter, aggregate of an aggregate, project over a project, filter over a project.
        for (String invalid : List.of("saf", "slf", "saa", "spp", "spf", "sll", "sq", "saoa", "f", "")) {
            assertFalse(SynapseConvention.isValid(invalid), invalid);
        }
    }

    @Test
    void conventionsAreOnePerSignature() {
        assertEquals(36, SynapseConvention.all().size());
        assertSame(SynapseConvention.of("sfl"), SynapseConvention.of("sfl"));
        assertEquals("SYNAPSE_sfl", SynapseConvention.of("sfl").getName());
        assertThrows(IllegalArgumentException.class, () -> SynapseConvention.of("saf"));
    }

    @Test
    void extensionsNeverLeaveOneBlock() {
        assertEquals(Map.of("s", "sf"), SynapseConvention.extensions('f'));
        Map<String, String> projects = SynapseConvention.extensions('p');
        assertEquals("sp", projects.get("s"));
        assertEquals("sfao", projects.get("sfa"));
        assertEquals("sflq", projects.get("sfl"));
        assertFalse(projects.containsKey("sp"));
        assertFalse(projects.containsKey("slq"));
        assertFalse(SynapseConvention.extensions('a').containsKey("sa"));
        assertFalse(SynapseConvention.extensions('a').containsKey("sl"));
        assertFalse(SynapseConvention.extensions('l').containsKey("sl"));
        for (char kind : new char[] {'f', 'p', 'a', 'l'}) {
            for (Map.Entry<String, String> e : SynapseConvention.extensions(kind).entrySet()) {
                assertTrue(SynapseConvention.isValid(e.getValue()), e.toString());
            }
        }
    }
}
