package org.synapsejdbc.client.model;

import java.util.List;

/** The common interface of all table and view entities. */
public interface Table extends VersionableEntity {
    List<String> getColumnIds();

    Table setColumnIds(List<String> columnIds);

    Boolean getIsSearchEnabled();

    Table setIsSearchEnabled(Boolean isSearchEnabled);
}
