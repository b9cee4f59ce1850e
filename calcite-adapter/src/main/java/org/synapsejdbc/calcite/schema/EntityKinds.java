package org.synapsejdbc.calcite.schema;

import java.util.List;
import java.util.Map;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.client.model.EntityType;

/** Maps Synapse entity classes ({@code concreteType}, {@code EntityHeader.type}) to table kinds. */
final class EntityKinds {
  private static final String PREFIX = "org.sagebionetworks.repo.model.table.";
  private static final Map<String, SynapseTableKind> KINDS = Map.of(
      PREFIX + "TableEntity", SynapseTableKind.TABLE,
      PREFIX + "EntityView", SynapseTableKind.ENTITY_VIEW,
      PREFIX + "SubmissionView", SynapseTableKind.SUBMISSION_VIEW,
      PREFIX + "Dataset", SynapseTableKind.DATASET,
      PREFIX + "DatasetCollection", SynapseTableKind.DATASET_COLLECTION,
      PREFIX + "MaterializedView", SynapseTableKind.MATERIALIZED_VIEW,
      PREFIX + "VirtualTable", SynapseTableKind.VIRTUAL_TABLE);

  /** Folder is listed to walk into it; the rest become tables of the project schema. */
  static final List<EntityType> LISTED = List.of(EntityType.folder, EntityType.table, EntityType.entityview,
      EntityType.submissionview, EntityType.dataset, EntityType.datasetcollection, EntityType.materializedview,
      EntityType.virtualtable);

  static final String FOLDER = "org.sagebionetworks.repo.model.Folder";

  private EntityKinds() {
  }

  /** The table kind of an entity class, or null when it is not table-like. */
  static SynapseTableKind kindOf(String concreteType) {
    return concreteType == null ? null : KINDS.get(concreteType);
  }
}
