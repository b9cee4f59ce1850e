package org.synapsejdbc.client.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds model instances with a sample value in every field (nested models too, to a fixed depth). */
final class ModelSamples {

    static final Instant SAMPLE_INSTANT = Instant.parse("2024-10-24T18:07:06.123Z");

    private static final int MAX_DEPTH = 4;

    private ModelSamples() {
    }

    /** A new instance of a model class with every field set. */
    static <T> T populated(Class<T> type) {
        return type.cast(populate(type, 0));
    }

    private static Object populate(Class<?> type, int depth) {
        Object instance;
        try {
            instance = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no usable no-arg constructor", e);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    field.set(instance, sample(field.getGenericType(), field.getName(), depth + 1));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return instance;
    }

    private static Object sample(Type type, String name, int depth) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                Object element = sample(args[0], name, depth);
                if (element != null) {
                    list.add(element);
                }
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                Object key = sample(args[0], name + "Key", depth);
                Object value = sample(args[1], name, depth);
                if (value != null) {
                    map.put(key, value);
                }
                return map;
            }
            throw new IllegalArgumentException("Unsupported field type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "sample-" + name;
        } else if (c == Long.class) {
            return 42L;
        } else if (c == Double.class) {
            return 1.5;
        } else if (c == Boolean.class) {
            return Boolean.TRUE;
        } else if (c == Instant.class) {
            return SAMPLE_INSTANT;
        } else if (c.isEnum()) {
            return c.getEnumConstants()[0];
        } else if (depth > MAX_DEPTH) {
            return null;
        } else if (c.isInterface()) {
            Class<?> implementation = implementationOf(c);
            return implementation == null ? null : populate(implementation, depth);
        } else if (c.getPackage().equals(SynapseJson.class.getPackage())) {
            return populate(c, depth);
        }
        throw new IllegalArgumentException("Unsupported field type " + type);
    }

    /** The implementation of a model interface with the alphabetically first simple name, or null if none. */
    static Class<?> implementationOf(Class<?> iface) {
        return ModelTypes.all().stream()
                .filter(c -> iface.isAssignableFrom(c) && !c.isInterface() && !c.isEnum())
                .min(Comparator.comparing(Class::getSimpleName))
                .orElse(null);
    }
}
