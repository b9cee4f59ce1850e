package org.synapsejdbc.client.model;

import java.util.List;

/** A view referencing a fixed collections of entities. */
public interface EntityRefCollectionView extends View {
    List<EntityRef> getItems();

    EntityRefCollectionView setItems(List<EntityRef> items);
}
