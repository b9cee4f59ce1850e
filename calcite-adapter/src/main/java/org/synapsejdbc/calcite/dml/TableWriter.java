package org.synapsejdbc.calcite.dml;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.SynapseTableDescriptor;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.model.AppendableRowSetRequest;
import org.synapsejdbc.client.model.EntityUpdateFailureCode;
import org.synapsejdbc.client.model.EntityUpdateResult;
import org.synapsejdbc.client.model.EntityUpdateResults;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.TableUpdateResponse;
import org.synapsejdbc.client.model.TableUpdateTransactionRequest;
import org.synapsejdbc.client.model.TableUpdateTransactionResponse;

/**
 * Sends the row changes of a statement (or batch) to Synapse as {@code PartialRowSet} transactions, as few as the
 * 2 MiB limit allows, in order; stops at the first failure and says how much was already applied. For views, every
 * per-entity {@code failureCode} becomes an error naming the entities.
 */
final class TableWriter {
    private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

    private final SynapseClient client;
    private final ChangeSetSplitter splitter;

    TableWriter(SynapseClient client) {
        this(client, new ChangeSetSplitter());
    }

    TableWriter(SynapseClient client, ChangeSetSplitter splitter) {
        this.client = client;
        this.splitter = splitter;
    }

    /** Writes all rows; returns how many were written. */
    long write(ChangePlan plan, List<PartialRow> rows) {
        SynapseTableDescriptor table = plan.table();
        String id = table.entityId();
        List<List<PartialRow>> sets = splitter.split(rows);
        if (sets.size() > 1) {
            LOG.info("{} of {} rows in {}: {} transactions (Synapse accepts 2 MiB per change set)",
                    plan.operation(), rows.size(), id, sets.size());
        }
        long done = 0;
        for (int i = 0; i < sets.size(); i++) {
            List<PartialRow> set = sets.get(i);
            TableUpdateTransactionRequest request = new TableUpdateTransactionRequest().setEntityId(id)
                    .setChanges(List.of(new AppendableRowSetRequest().setEntityId(id)
                            .setToAppend(new PartialRowSet().setTableId(id).setRows(set))));
            TableUpdateTransactionResponse response;
            try {
                response = client.tables().transaction(id, request, JobOptions.defaults());
            } catch (SynapseException e) {
                String action = describe(plan, set.size()) + applied(i, sets.size(), done);
                throw DmlErrors.translate(e, action);
            }
            if (plan.view()) {
                checkEntityResults(plan, response, done);
            }
            done += set.size();
            if (sets.size() > 1) {
                LOG.info("{}: transaction {} of {} applied ({} of {} rows)", id, i + 1, sets.size(), done,
                        rows.size());
            }
        }
        return done;
    }

    private static String describe(ChangePlan plan, int rows) {
        String target = plan.table().entityId();
        switch (plan.operation()) {
            case INSERT:
                return "insert " + rows + " row(s) into " + target;
            case UPDATE:
                return "update " + rows + " row(s) of " + target;
            default:
                return "delete " + rows + " row(s) from " + target;
        }
    }

    /** For a statement split over several transactions: which ones Synapse already applied. */
    private static String applied(int failed, int total, long rowsDone) {
        if (total == 1) {
            return "";
        }
        return " (change set " + (failed + 1) + " of " + total + "; the first " + failed + " change set(s), "
                + rowsDone + " row(s), were already applied and stay)";
    }

    /** View writes succeed as a job while single entities fail: every failure is reported, naming the entity. */
    private static void checkEntityResults(ChangePlan plan, TableUpdateTransactionResponse response,
            long rowsDone) {
        List<String> failures = new ArrayList<>();
        String state = null;
        int updated = 0;
        for (TableUpdateResponse result : response.getResults() == null ? List.<TableUpdateResponse>of()
                : response.getResults()) {
            if (!(result instanceof EntityUpdateResults entities) || entities.getUpdateResults() == null) {
                continue;
            }
            for (EntityUpdateResult r : entities.getUpdateResults()) {
                if (r.getFailureCode() == null) {
                    updated++;
                    continue;
                }
                failures.add(r.getEntityId() + " (" + r.getFailureCode()
                        + (r.getFailureMessage() != null ? ": " + r.getFailureMessage() : "") + ")");
                state = state == null ? sqlState(r.getFailureCode()) : state;
            }
        }
        if (!failures.isEmpty()) {
            throw DmlErrors.of(state, "UPDATE of view " + plan.table().entityId() + " failed for "
                    + failures.size() + " entit" + (failures.size() == 1 ? "y" : "ies") + ": "
                    + String.join(", ", failures) + ". Synapse updates each entity on its own: "
                    + (updated + rowsDone) + " other row(s) were updated"
                    + (failures.stream().anyMatch(f -> f.contains("CONCURRENT_UPDATE"))
                            ? "; CONCURRENT_UPDATE means the entity changed after the view was read - re-run the"
                            + " UPDATE to apply it to the current version" : ""));
        }
    }

    private static String sqlState(EntityUpdateFailureCode code) {
        switch (code) {
            case CONCURRENT_UPDATE:
                return SynapseSqlStates.STALE;
            case UNAUTHORIZED:
                return SynapseSqlStates.NO_PRIVILEGE;
            case NOT_FOUND:
                return SynapseSqlStates.NOT_FOUND;
            default:
                return SynapseSqlStates.DATA;
        }
    }
}
