package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;

/**
 * The one Jackson configuration for Synapse wire JSON, shared by the client and local-synapse.
 *
 * <p>Unknown properties are ignored on read, nulls are omitted on write, {@link Instant}s are written as
 * {@code 2024-10-24T18:07:06.123Z}, and polymorphic types are resolved by their {@code concreteType}.
 * Reading an interface type (e.g. {@code Entity.class}) requires a {@code concreteType}; reading a concrete
 * class accepts a body without one (the interfaces' {@code requireTypeIdForSubtypes = FALSE}), but not one naming
 * another class.
 */
public final class SynapseJson {

    private static final ObjectMapper MAPPER = build();

    private SynapseJson() {
    }

    /**
     * The shared, thread-safe mapper; use it as is and do not reconfigure it (derive readers and writers instead).
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        SimpleModule instants = new SimpleModule("synapse-instant")
                .addSerializer(Instant.class, new SynapseInstant.Serializer())
                .addDeserializer(Instant.class, new SynapseInstant.Deserializer());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // Registered after JavaTimeModule so that its Instant handling wins.
                .addModule(instants)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.registerSubtypes(ModelTypes.polymorphicClasses().toArray(new Class<?>[0]));
        return mapper;
    }
}
