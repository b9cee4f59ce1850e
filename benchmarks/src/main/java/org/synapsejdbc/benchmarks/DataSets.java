package org.synapsejdbc.benchmarks;

import java.util.List;

/**
 * The loaded data: {@code large} and {@code medium} tables with the six columns of {@link DataLoader#MAIN_COLUMNS},
 * the {@code small} join table, and the walker user's projects of empty tables (metadata walk).
 */
public record DataSets(String projectId, String largeId, long largeRows, String mediumId, long mediumRows,
                       String smallId, long smallRows, List<String> mainColumnIds, String walkerToken,
                       int walkProjects, int walkTablesPerProject, double loadSeconds) {
}
