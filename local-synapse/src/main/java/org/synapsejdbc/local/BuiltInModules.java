package org.synapsejdbc.local;

import java.util.List;
import org.synapsejdbc.local.auth.AuthModule;

/** The modules every local-synapse installs, in order. */
final class BuiltInModules {

    private BuiltInModules() {
    }

    static List<ServerModule> list() {
        return List.of(new AuthModule(), new org.synapsejdbc.local.entity.EntityModule(),
                new org.synapsejdbc.local.annotation.AnnotationsModule(),
                new org.synapsejdbc.local.provenance.ProvenanceModule());
    }
}
