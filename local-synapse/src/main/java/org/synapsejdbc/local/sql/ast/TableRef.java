package org.synapsejdbc.local.sql.ast;

/**
 * The FROM table: an entity id ({@code syn123}, {@code syn123.4}) or, for internal names, a regular identifier.
 *
 * @param name     the table name as written (entity ids lower-cased)
 * @param entityId true when written as an entity id
 * @param alias    the table alias or null
 */
public record TableRef(String name, boolean entityId, String alias) {

    /** The numeric entity id (entity ids only). */
    public long id() {
        int dot = name.indexOf('.');
        return Long.parseLong(dot < 0 ? name.substring(3) : name.substring(3, dot));
    }

    /** The snapshot version of {@code syn123.4}, or null. */
    public Long version() {
        int dot = name.indexOf('.');
        return dot < 0 ? null : Long.valueOf(name.substring(dot + 1));
    }
}
