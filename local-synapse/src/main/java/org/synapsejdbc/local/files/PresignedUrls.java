package org.synapsejdbc.local.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.synapsejdbc.local.http.Reply;

/**
 * Issues and checks S3-style presigned URLs for the storage route: an HMAC over method, object, query parameters
 * and signed headers, with {@code X-Amz-Date} and {@code X-Amz-Expires} (the official client parses both to know
 * when to refresh a URL). The signing key is random per server start, like a credential that rotates.
 */
public final class PresignedUrls {

    /** Path prefix of the storage route: {@code /s3/<bucket>/<key>}. */
    public static final String PREFIX = "/s3";
    public static final Duration UPLOAD_EXPIRY = Duration.ofMinutes(15);
    public static final Duration DOWNLOAD_EXPIRY = Duration.ofSeconds(30);

    static final String SIGNATURE = "X-Amz-Signature";
    private static final String DATE = "X-Amz-Date";
    private static final String EXPIRES = "X-Amz-Expires";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AMZ_DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final byte[] key = new byte[32];
    private final StorageClock clock;

    public PresignedUrls(StorageClock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /**
     * A presigned URL for {@code method} on {@code bucket/key}.
     *
     * @param params        extra query parameters (e.g. {@code partNumber}, {@code uploadId}), signed too
     * @param signedHeaders headers the request must carry with exactly these values
     */
    public String sign(String origin, String method, String bucket, String objectKey, Map<String, String> params,
                       Map<String, String> signedHeaders, Duration expires) {
        Instant now = clock.now();
        Map<String, String> q = new LinkedHashMap<>(params);
        q.put("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
        q.put(DATE, AMZ_DATE.format(now));
        q.put("X-Amz-SignedHeaders", signedHeaders.keySet().stream().map(h -> h.toLowerCase(Locale.ROOT))
                .sorted().reduce("host", (a, b) -> a + ";" + b));
        q.put(EXPIRES, Long.toString(expires.toSeconds()));
        q.put("X-Amz-Credential", "local-synapse/" + AMZ_DAY.format(now) + "/us-east-1/s3/aws4_request");
        String signature = signature(method, bucket, objectKey, q, signedHeaders::get, signedHeaders.keySet());
        StringBuilder url = new StringBuilder(origin).append(path(bucket, objectKey)).append('?');
        q.forEach((k, v) -> url.append(encode(k)).append('=').append(encode(v)).append('&'));
        return url.append(SIGNATURE).append('=').append(signature).toString();
    }

    /** The path of an object on the storage route, each key segment URL-encoded. */
    public static String path(String bucket, String objectKey) {
        StringBuilder p = new StringBuilder(PREFIX).append('/').append(encode(bucket));
        for (String segment : objectKey.split("/", -1)) {
            p.append('/').append(encode(segment));
        }
        return p.toString();
    }

    /**
     * Checks a request against its presigned query parameters; returns the S3 error to answer, or empty when the
     * request may proceed.
     */
    public Optional<Reply> check(String method, String bucket, String objectKey, Map<String, List<String>> query,
                                 Function<String, String> header) {
        String signature = first(query, SIGNATURE);
        String date = first(query, DATE);
        String expires = first(query, EXPIRES);
        String signedHeaderNames = first(query, "X-Amz-SignedHeaders");
        if (signature == null || date == null || expires == null || signedHeaderNames == null) {
            return Optional.of(S3Errors.accessDenied());
        }
        Instant issued;
        long seconds;
        try {
            issued = AMZ_DATE.parse(date, Instant::from);
            seconds = Long.parseLong(expires);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.of(S3Errors.accessDenied());
        }
        Map<String, String> q = new TreeMap<>();
        query.forEach((k, v) -> {
            if (!SIGNATURE.equals(k) && !v.isEmpty()) {
                q.put(k, v.get(0));
            }
        });
        List<String> names = List.of(signedHeaderNames.split(";")).stream().filter(h -> !h.equals("host")).toList();
        String expected = signature(method, bucket, objectKey, q, header, names);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(S3Errors.signatureMismatch());
        }
        if (clock.now().isAfter(issued.plusSeconds(seconds))) {
            return Optional.of(S3Errors.expired());
        }
        return Optional.empty();
    }

    private String signature(String method, String bucket, String objectKey, Map<String, String> query,
                             Function<String, String> header, Iterable<String> headerNames) {
        StringBuilder s = new StringBuilder(method).append('\n').append(bucket).append('\n').append(objectKey)
                .append('\n');
        s.append(new TreeMap<>(query).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"))).append('\n');
        TreeMap<String, String> headers = new TreeMap<>();
        for (String name : headerNames) {
            String v = header.apply(name);
            headers.put(name.toLowerCase(Locale.ROOT), v == null ? "" : v.trim());
        }
        headers.forEach((k, v) -> s.append(k).append(':').append(v).append('\n'));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
