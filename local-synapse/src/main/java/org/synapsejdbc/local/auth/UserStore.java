package org.synapsejdbc.local.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/**
 * Users and their personal access tokens. Tokens are stored only as SHA-256 hashes, so neither the database
 * nor any log holds a usable token.
 */
public final class UserStore {

    /** A stored user. */
    public record User(long id, String userName, String email, String firstName, String lastName, String etag,
                       Instant createdOn) {
    }

    private final RepositoryDb db;
    private final SecureRandom random = new SecureRandom();

    public UserStore(RepositoryDb db) {
        this.db = db;
        db.migrate("auth-1",
                "CREATE TABLE USER_ACCOUNT(ID BIGINT PRIMARY KEY, USER_NAME VARCHAR(100) NOT NULL UNIQUE,"
                        + " EMAIL VARCHAR(200), FIRST_NAME VARCHAR(100), LAST_NAME VARCHAR(100), ETAG VARCHAR(40) NOT NULL,"
                        + " CREATED_ON BIGINT NOT NULL)",
                "CREATE TABLE ACCESS_TOKEN(ID BIGINT PRIMARY KEY, TOKEN_HASH VARCHAR(64) NOT NULL UNIQUE,"
                        + " USER_ID BIGINT NOT NULL, NAME VARCHAR(200), SCOPES VARCHAR(200) NOT NULL,"
                        + " CREATED_ON BIGINT NOT NULL, REVOKED BOOLEAN DEFAULT FALSE NOT NULL)");
    }

    /** Creates a user unless one with this id exists; returns the stored user. */
    public User ensureUser(long id, String userName, String email, String firstName, String lastName) {
        return db.write(c -> {
            Optional<User> existing = findUser(c, id);
            if (existing.isPresent()) {
                return existing.get();
            }
            Sql.update(c, "INSERT INTO USER_ACCOUNT(ID, USER_NAME, EMAIL, FIRST_NAME, LAST_NAME, ETAG, CREATED_ON)"
                    + " VALUES (?,?,?,?,?,?,?)", id, userName, email, firstName, lastName,
                    UUID.randomUUID().toString(), Instant.now());
            return findUser(c, id).orElseThrow();
        });
    }

    /** Creates a new user with a fresh id. */
    public User createUser(String userName) {
        long id = db.write(c -> db.nextId(c, "USER_ID_SEQ", 3_500_000L));
        return ensureUser(id, userName, userName + "@local-synapse.invalid", null, null);
    }

    public Optional<User> user(long id) {
        return db.read(c -> findUser(c, id));
    }

    private static Optional<User> findUser(java.sql.Connection c, long id) throws java.sql.SQLException {
        return Sql.one(c, "SELECT * FROM USER_ACCOUNT WHERE ID = ?", rs -> new User(rs.getLong("ID"),
                rs.getString("USER_NAME"), rs.getString("EMAIL"), rs.getString("FIRST_NAME"),
                rs.getString("LAST_NAME"), rs.getString("ETAG"), Sql.instant(rs, "CREATED_ON")), id);
    }

    /** Registers a token with a caller-chosen value (built-in users' fixed tokens); no-op if it exists. */
    public void registerToken(long userId, String token, String name, Set<Scope> scopes) {
        String hash = hash(token);
        db.write(c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM ACCESS_TOKEN WHERE TOKEN_HASH = ?", hash) == 0) {
                long id = db.nextId(c, "ACCESS_TOKEN_ID_SEQ", 1000L);
                Sql.update(c, "INSERT INTO ACCESS_TOKEN(ID, TOKEN_HASH, USER_ID, NAME, SCOPES, CREATED_ON)"
                        + " VALUES (?,?,?,?,?,?)", id, hash, userId, name, encode(scopes), Instant.now());
            }
            return null;
        });
    }

    /** Creates a new random token for a user and returns its value (the only time it is visible). */
    public String createToken(long userId, String name, Set<Scope> scopes) {
        String token = JwtShapedTokens.issue(random, userId, scopes);
        registerToken(userId, token, name, scopes);
        return token;
    }

    /** A stored token (never its value). */
    public record TokenRecord(long id, long userId, String name, Set<Scope> scopes, Instant createdOn, boolean revoked) {
    }

    /** The tokens of a user, newest first. */
    public List<TokenRecord> tokens(long userId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM ACCESS_TOKEN WHERE USER_ID = ? ORDER BY ID DESC",
                UserStore::token, userId));
    }

    public Optional<TokenRecord> token(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM ACCESS_TOKEN WHERE ID = ?", UserStore::token, id));
    }

    public void revokeToken(long id) {
        db.write(c -> Sql.update(c, "UPDATE ACCESS_TOKEN SET REVOKED = TRUE WHERE ID = ?", id));
    }

    private static TokenRecord token(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TokenRecord(rs.getLong("ID"), rs.getLong("USER_ID"), rs.getString("NAME"),
                decode(rs.getString("SCOPES")), Sql.instant(rs, "CREATED_ON"), rs.getBoolean("REVOKED"));
    }

    public void revokeToken(String token) {
        String hash = hash(token);
        db.write(c -> Sql.update(c, "UPDATE ACCESS_TOKEN SET REVOKED = TRUE WHERE TOKEN_HASH = ?", hash));
    }

    /** The caller a token stands for, if the token is known and not revoked. */
    public Optional<Caller> callerForToken(String token) {
        String hash = hash(token);
        return db.read(c -> Sql.one(c, "SELECT T.USER_ID, T.SCOPES, U.USER_NAME FROM ACCESS_TOKEN T"
                + " JOIN USER_ACCOUNT U ON U.ID = T.USER_ID WHERE T.TOKEN_HASH = ? AND NOT T.REVOKED",
                rs -> new Caller(rs.getLong(1), rs.getString(3), decode(rs.getString(2))), hash));
    }

    private static String encode(Set<Scope> scopes) {
        return scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(","));
    }

    private static Set<Scope> decode(String s) {
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                out.add(Scope.fromWire(p));
            }
        }
        return out;
    }

    static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<User> users() {
        return db.read(c -> Sql.list(c, "SELECT ID FROM USER_ACCOUNT ORDER BY ID", rs -> rs.getLong(1)))
                .stream().map(id -> user(id).orElseThrow()).toList();
    }
}
