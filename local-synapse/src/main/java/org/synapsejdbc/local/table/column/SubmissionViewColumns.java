package org.synapsejdbc.local.table.column;

import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.FacetType;

/** The 16 default columns of a submission view (synapse-view-columns.md §2, {@code SubmissionField}). */
final class SubmissionViewColumns {

    private SubmissionViewColumns() {
    }

    static List<ColumnModel> defaults() {
        return List.of(
                col("id", ColumnType.SUBMISSIONID, null, null),
                col("name", ColumnType.STRING, 256L, null),
                col("createdOn", ColumnType.DATE, null, FacetType.range),
                col("createdBy", ColumnType.USERID, null, FacetType.enumeration),
                col("etag", ColumnType.STRING, 36L, null),
                col("modifiedOn", ColumnType.DATE, null, FacetType.range),
                col("projectId", ColumnType.ENTITYID, null, FacetType.enumeration),
                col("status", ColumnType.STRING, 50L, FacetType.enumeration).setEnumValues(List.of("ACCEPTED",
                        "CLOSED", "EVALUATION_IN_PROGRESS", "INVALID", "OPEN", "RECEIVED", "REJECTED", "SCORED",
                        "VALIDATED")),
                col("evaluationid", ColumnType.EVALUATIONID, null, FacetType.enumeration),
                col("evaluationroundid", ColumnType.INTEGER, null, FacetType.enumeration),
                col("submitterid", ColumnType.USERID, null, FacetType.enumeration),
                col("submitteralias", ColumnType.STRING, 500L, FacetType.enumeration),
                col("entityid", ColumnType.ENTITYID, null, FacetType.enumeration),
                col("entityversion", ColumnType.INTEGER, null, FacetType.enumeration),
                col("dockerrepositoryname", ColumnType.STRING, 400L, null),
                col("dockerdigest", ColumnType.STRING, 200L, null));
    }

    private static ColumnModel col(String name, ColumnType type, Long size, FacetType facet) {
        return new ColumnModel().setName(name).setColumnType(type).setMaximumSize(size).setFacetType(facet);
    }
}
