package org.synapsejdbc.benchmarks;

/** One of the benchmark cases: measures the driver and its raw-REST baseline in the same run. */
public interface BenchCase {
    CaseReport run(BenchContext ctx) throws Exception;
}
