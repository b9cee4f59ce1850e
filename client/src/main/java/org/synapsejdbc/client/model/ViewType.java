package org.synapsejdbc.client.model;

/** The deprecated view type of an EntityView; use {@code viewTypeMask} instead. */
public enum ViewType {
    /** Deprecated. For files only use: 'viewTypeMask'=0x01'. */
    file,

    /** Deprecated. For projects only use: 'viewTypeMask'=0x02'. */
    project,

    /** Deprecated. For files and tables use: 'viewTypeMask'=0x05'. */
    file_and_table;
}
