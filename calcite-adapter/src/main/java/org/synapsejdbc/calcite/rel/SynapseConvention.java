package org.synapsejdbc.calcite.rel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.calcite.plan.Convention;

/**
 * The calling convention of pushed Synapse nodes, one instance per query-block <em>signature</em>.
 *
 * <p>A signature spells the pushed operators from the table up, Druid-style: {@code s}can, {@code f}ilter,
 * {@code p}roject, {@code a}ggregate, {@code o} (project over the aggregate), {@code l}imit/sort, {@code q} (column
 * selection over the sort). Only signatures matching {@code sf?p?(ao?)?(lq?)?} form one Synapse query block (no
 * HAVING, no sort below a filter, no aggregate over an aggregate). Because the signature is part of the convention, a node's input subset only ever holds nodes of exactly
 * the signature it was built on, so the chosen plan can never need a sub-query.
 */
public final class SynapseConvention extends Convention.Impl {
    private static final Pattern VALID = Pattern.compile("sf?p?(ao?)?(lq?)?");
    private static final Map<String, SynapseConvention> ALL;

    static {
        Map<String, SynapseConvention> all = new LinkedHashMap<>();
        for (String f : new String[] {"", "f"}) {
            for (String p : new String[] {"", "p"}) {
                for (String a : new String[] {"", "a", "ao"}) {
                    for (String l : new String[] {"", "l", "lq"}) {
                        String signature = "s" + f + p + a + l;
                        all.put(signature, new SynapseConvention(signature));
                    }
                }
            }
        }
        ALL = Collections.unmodifiableMap(all);
    }

    private final String signature;

    private SynapseConvention(String signature) {
        super("SYNAPSE_" + signature, SynapseRel.class);
        this.signature = signature;
    }

    public String signature() {
        return signature;
    }

    /** Whether a signature is one Synapse query block. */
    public static boolean isValid(String signature) {
        return VALID.matcher(signature).matches();
    }

    /** The convention of a valid signature. */
    public static SynapseConvention of(String signature) {
        SynapseConvention convention = ALL.get(signature);
        if (convention == null) {
            throw new IllegalArgumentException("Not a single Synapse query block: " + signature);
        }
        return convention;
    }

    /** Every convention, for registering one converter rule each. */
    public static List<SynapseConvention> all() {
        return new ArrayList<>(ALL.values());
    }

    /**
     * The valid input signatures a node of {@code kind} may be put on, paired with the node's own signature.
     *
     * @param kind {@code f}, {@code p} (becomes {@code o} over an aggregate, {@code q} over a sort), {@code a} or
     *             {@code l}
     */
    public static Map<String, String> extensions(char kind) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String input : ALL.keySet()) {
            char k = kind != 'p' ? kind : input.contains("l") ? 'q' : input.contains("a") ? 'o' : 'p';
            String extended = input + k;
            if (isValid(extended)) {
                result.put(input, extended);
            }
        }
        return result;
    }
}
