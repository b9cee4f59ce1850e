package org.synapsejdbc.calcite.procedure;

/** The SQLStates that procedures report, by SQL:2011 class. */
public final class SqlStates {
  /** 22023: an argument has an invalid value (malformed id, JSON, missing local file). */
  public static final String INVALID_PARAMETER = "22023";
  /** 22000: data problem found while transferring (checksum mismatch, non-file entity). */
  public static final String DATA = "22000";
  /** 42601: the CALL statement itself is malformed. */
  public static final String SYNTAX = "42601";
  /** 42883: no procedure with this name and argument count. */
  public static final String UNDEFINED_PROCEDURE = "42883";
  /** 42704: the entity (or other object) does not exist, or is in the trash can. */
  public static final String NOT_FOUND = "42704";
  /** 42501: the caller lacks a permission on the entity or local file. */
  public static final String NO_PRIVILEGE = "42501";
  /** 28000: the token was rejected or lacks a scope the operation needs. */
  public static final String AUTHORIZATION = "28000";
  /** 08S01: Synapse could not be reached or stayed unavailable. */
  public static final String CONNECTION = "08S01";
  /** 0A000: the operation is not supported. */
  public static final String UNSUPPORTED = "0A000";
  /** 40001: the object changed since it was read (stale etag). */
  public static final String STALE = "40001";
  /** 40002: a name clash (an entity with that name already exists in the parent). */
  public static final String NAME_CONFLICT = "40002";
  /** HYT00: a wait (job, view) ran out of time. */
  public static final String TIMEOUT = "HYT00";

  private SqlStates() {
  }
}
