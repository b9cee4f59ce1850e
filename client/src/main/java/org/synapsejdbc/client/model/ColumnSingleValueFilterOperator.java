package org.synapsejdbc.client.model;

/** Determines the filter operation to perform. */
public enum ColumnSingleValueFilterOperator {
    /** The LIKE operation. Use wildcard '%' in value string for prefix/suffix matching. */
    LIKE,

    /** The EQUAL operation. */
    EQUAL,

    /** The IN operation. */
    IN;
}
