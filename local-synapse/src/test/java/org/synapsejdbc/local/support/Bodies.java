package org.synapsejdbc.local.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.synapsejdbc.client.model.SynapseJson;

/** JSON request bodies for tests. */
public final class Bodies {

    public static final String PROJECT = "org.sagebionetworks.repo.model.Project";
    public static final String FOLDER = "org.sagebionetworks.repo.model.Folder";
    public static final String FILE = "org.sagebionetworks.repo.model.FileEntity";
    public static final String TABLE = "org.sagebionetworks.repo.model.table.TableEntity";
    public static final String LINK = "org.sagebionetworks.repo.model.Link";
    public static final String ENTITYVIEW = "org.sagebionetworks.repo.model.table.EntityView";

    private Bodies() {
    }

    public static ObjectNode obj() {
        return SynapseJson.mapper().createObjectNode();
    }

    public static ObjectNode entity(String concreteType, String name, String parentId) {
        ObjectNode n = obj().put("concreteType", concreteType).put("name", name);
        if (parentId != null) {
            n.put("parentId", parentId);
        }
        return n;
    }

    private static int counter;

    /** A unique project name per call. */
    public static synchronized String unique(String prefix) {
        return prefix + " " + System.nanoTime() + "-" + (++counter);
    }
}
