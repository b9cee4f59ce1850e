package org.synapsejdbc.local.sql.ast;

/** A value expression (select item, operand, argument, bound). */
public interface Expr extends Node {
}
