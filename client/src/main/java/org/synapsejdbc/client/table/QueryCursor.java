package org.synapsejdbc.client.table;

/** Position of the next query page: our offset, rows still wanted (null = all), and the page limit to ask for. */
public record QueryCursor(long offset, Long remaining, Long pageLimit) {}
