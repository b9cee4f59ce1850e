package org.synapsejdbc.client.model;

/** Describes the type of a AnnotationV2's value. */
public enum AnnotationsValueType {
    /** Value is a String. */
    STRING,

    /** Value is a Double. */
    DOUBLE,

    /** Value is a Long. */
    LONG,

    /** Value is a Unix Timestamp in milliseconds. */
    TIMESTAMP_MS,

    /** Value is a Boolean. */
    BOOLEAN;
}
