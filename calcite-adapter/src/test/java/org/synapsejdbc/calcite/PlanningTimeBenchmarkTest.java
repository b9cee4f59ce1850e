package org.synapsejdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark of planning a statement text seen for the first time (parse, validate, Volcano, code generation), run
 * only with {@code -Dsynapse.bench=true}; every text must still push exactly one Synapse statement.
 */
@EnabledIfSystemProperty(named = "synapse.bench", matches = "true")
class PlanningTimeBenchmarkTest {
    private static final Logger LOG = LoggerFactory.getLogger(PlanningTimeBenchmarkTest.class);
    private static final String[] SHAPES = {
        "select name, n, d from syn100 where city = 'c-%d' and d > 0.5 order by d desc limit 10",
        "select name from syn100 where n = %d",
        "select n, count(*) from syn100 where d > %d group by n",
        "select name, n from syn100 where n > %d order by name limit 5 offset 10",
        "select upper(name), n + %d from syn100",
        "select city, max(d), min(n) from syn100 where flag = true and n < %d group by city order by city limit 20",
        "select * from syn100 where n between 0 and %d",
        "select id, name from syn200 where size > %d order by id limit 3",
        "select count(distinct city) from syn100 where n <> %d",
        "select name, d from syn100 where n in (1, 2, %d) order by n",
    };

    @Test
    void planningTimeOfNewTexts() throws SQLException {
        try (SynapseTestSchema schema = new SynapseTestSchema()) {
            int counter = 0;
            for (int i = 0; i < 30; i++) {
                for (String shape : SHAPES) {
                    schema.pushed(String.format(shape, counter++));
                }
            }
            for (String mode : new String[] {"execute", "explain"}) {
                List<Double> rounds = new ArrayList<>();
                for (int round = 0; round < 15; round++) {
                    List<Double> times = new ArrayList<>();
                    for (String shape : SHAPES) {
                        String sql = String.format(shape, counter++);
                        long start = System.nanoTime();
                        if (mode.equals("execute")) {
                            assertEquals(1, schema.synapseSql(sql).size(), sql);
                        } else {
                            schema.explain(sql);
                        }
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                    rounds.add(median(times));
                }
                LOG.info("BENCH {}: median per-text ms over rounds {} -> {}", mode, rounds, median(rounds));
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
