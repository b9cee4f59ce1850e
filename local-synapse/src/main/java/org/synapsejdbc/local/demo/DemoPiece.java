package org.synapsejdbc.local.demo;

/**
 * One part of the {@code --demo} content (the project, a file, provenance, later a table or a view). Each piece
 * is seeded once per store, in the order listed by {@link DemoModule}; it finds earlier pieces' entities through
 * {@link DemoContext#recall}.
 */
public interface DemoPiece {

    /** A stable name; the store remembers which pieces were seeded under it. */
    String name();

    void seed(DemoContext demo) throws Exception;
}
