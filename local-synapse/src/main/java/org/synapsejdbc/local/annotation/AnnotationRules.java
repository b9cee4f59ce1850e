package org.synapsejdbc.local.annotation;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.local.http.ApiException;

/** Synapse's annotation (v2) limits and value checks, with its exact messages. */
public final class AnnotationRules {

    public static final int MAX_KEYS = 100;
    public static final int MAX_VALUES = 100;
    public static final int MAX_STRING_CHARS = 500;
    private static final Pattern KEY = Pattern.compile("^[a-zA-Z0-9,_.]+$");

    private AnnotationRules() {
    }

    public static void validate(Map<String, AnnotationsValue> annotations) {
        if (annotations == null) {
            return;
        }
        if (annotations.size() > MAX_KEYS) {
            throw ApiException.badRequest("Exceeded maximum number of annotation keys: " + MAX_KEYS);
        }
        for (Map.Entry<String, AnnotationsValue> e : annotations.entrySet()) {
            String key = e.getKey();
            if (!KEY.matcher(key).matches()) {
                throw ApiException.badRequest("Invalid annotation name: '" + key
                        + "'. Annotation names may only contain; letters, numbers, '_' and '.'");
            }
            AnnotationsValue v = e.getValue();
            if (v == null || v.getValue() == null || v.getType() == null) {
                throw ApiException.badRequest("null is not allowed. To indicate no values, use an empty list.");
            }
            List<String> values = v.getValue();
            if (values.size() > MAX_VALUES) {
                throw ApiException.badRequest("key=" + key + " has exceeded the maximum number of values allowed: "
                        + MAX_VALUES);
            }
            int chars = 0;
            for (String value : values) {
                if (value == null) {
                    throw ApiException.badRequest("null is not allowed. To indicate no values, use an empty list.");
                }
                switch (v.getType()) {
                    case STRING -> chars += value.length();
                    case LONG, TIMESTAMP_MS -> check(isLong(value), key, v, value);
                    case DOUBLE -> check(isDouble(value), key, v, value);
                    case BOOLEAN -> check("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value), key, v,
                            value);
                }
            }
            if (chars > MAX_STRING_CHARS) {
                throw ApiException.badRequest("Total String value too long. Can be at most " + MAX_STRING_CHARS
                        + " characters.");
            }
        }
    }

    private static void check(boolean ok, String key, AnnotationsValue v, String value) {
        if (!ok) {
            throw ApiException.badRequest("Value associated with key=" + key + " is not valid for type="
                    + v.getType().name() + ": " + value);
        }
    }

    private static boolean isLong(String s) {
        try {
            Long.parseLong(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDouble(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
