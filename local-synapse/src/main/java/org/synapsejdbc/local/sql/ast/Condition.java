package org.synapsejdbc.local.sql.ast;

/** A search condition or predicate (WHERE, CASE WHEN). */
public interface Condition extends Node {
}
