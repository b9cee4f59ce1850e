package org.synapsejdbc.client.model;

/** The column type determines the type of data that can be stored in a column. */
public enum ColumnType {
    /** The STRING data type is a small text strings with between 1 and 1,000 characters. */
    STRING,

    /** The DOUBLE data type is a double-precision 64-bit IEEE 754 floating point. */
    DOUBLE,

    /** The INTEGER data type is a 64-bit two's complement integer. */
    INTEGER,

    /** The BOOLEAN data type has only two possible values: 'true' and 'false'. */
    BOOLEAN,

    /**
     * The DATE data type represent the specified number of milliseconds since the standard base time known as 'the
     * epoch', namely January 1, 1970, 00:00:00 GM.
     */
    DATE,

    /** The FILEHANDLEID data type represents a file stored within a table. */
    FILEHANDLEID,

    /** The ENTITYID type represents a reference to a Synapse Entity. */
    ENTITYID,

    /** The SUBMISSIONID type represents a reference to an evaluation submission. */
    SUBMISSIONID,

    /** The EVALUATIONID type represents a reference to an evaluation. */
    EVALUATIONID,

    /** The LINK data type represents any URL with 1,000 characters or less. */
    LINK,

    /**
     * The MEDIUMTEXT data type represents a string that is between 1 and 2,000 characters without the need to specify
     * a maximum size.
     */
    MEDIUMTEXT,

    /**
     * The LARGETEXT data type represents a string that is greater than 250 characters but less than 524,288
     * characters (2 MB of UTF-8 4 byte chars).
     */
    LARGETEXT,

    /** The USERID data type represents a reference to a Synapse User. */
    USERID,

    /** Multiple values of STRING. */
    STRING_LIST,

    /** Multiple values of INTEGER. */
    INTEGER_LIST,

    /** Multiple values of BOOLEAN. */
    BOOLEAN_LIST,

    /** Multiple values of DATE. */
    DATE_LIST,

    /** Multiple values of ENTITYID. */
    ENTITYID_LIST,

    /** Multiple values of USERID. */
    USERID_LIST,

    /** A flexible type that allows to store JSON data. */
    JSON;
}
