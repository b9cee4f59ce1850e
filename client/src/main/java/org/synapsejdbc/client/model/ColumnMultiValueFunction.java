package org.synapsejdbc.client.model;

/** Determines the filter operation to perform. */
public enum ColumnMultiValueFunction {
    /** HAS function on multi-value columns, same as the predicate: 'columnName HAS ( )'. */
    HAS,

    /** HAS_LIKE function on multi-value columns, same as the predicate: 'columnName HAS_LIKE ( )'. */
    HAS_LIKE;
}
