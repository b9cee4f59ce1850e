package org.synapsejdbc.client.model;

/** The object that implements this interface contains an SQL query that defines its content. */
public interface HasDefiningSql {
    String getDefiningSQL();

    HasDefiningSql setDefiningSQL(String definingSQL);
}
