package org.synapsejdbc.client.paging;

import java.util.List;

/** One fetched page: its items and the cursor of the next page ({@code null} when this is the last one). */
public record Page<C, T>(List<T> items, C next) {}
