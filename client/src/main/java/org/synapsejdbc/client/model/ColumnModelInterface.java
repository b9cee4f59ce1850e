package org.synapsejdbc.client.model;

/** Common properties of all ColumnModel implementation. */
public interface ColumnModelInterface {
    String getName();

    ColumnModelInterface setName(String name);

    ColumnType getColumnType();

    ColumnModelInterface setColumnType(ColumnType columnType);

    FacetType getFacetType();

    ColumnModelInterface setFacetType(FacetType facetType);
}
