package org.synapsejdbc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole harness with tiny sizes and one repetition, so the module cannot rot. */
class BenchmarkSmokeTest {

    @Test
    void tinyRunWritesAReportWithEveryCase(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("benchmarks.md");
        List<CaseReport> cases = BenchmarkMain.run(BenchmarkConfig.tiny(out));
        assertEquals(8, cases.size());
        for (CaseReport c : cases) {
            assertFalse(c.rows().isEmpty(), "case " + c.id() + " has no result");
            for (ResultRow r : c.rows()) {
                assertTrue(r.driverUnavailable() == null || !r.driverUnavailable().startsWith("harness error"),
                        "case " + c.id() + ": " + r.driverUnavailable());
                assertTrue(r.baseline() != null || r.driver() != null, "case " + c.id() + " measured nothing");
            }
        }
        String md = Files.readString(out);
        assertTrue(md.contains("| 8. "), md);
        assertTrue(md.contains("## Machine"), md);
    }
}
