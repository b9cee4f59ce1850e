package org.synapsejdbc.local.files;

import org.synapsejdbc.client.model.MultipartUploadRequest;
import org.synapsejdbc.local.entity.NameRules;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;

/** Synapse's rules for starting a multipart upload (sizes, part counts, required fields), with its messages. */
public final class MultipartRules {

    public static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    public static final long MAX_PART_SIZE = 5L * 1024 * 1024 * 1024;
    public static final long MAX_FILE_SIZE = 5L * 1024 * 1024 * 1024 * 1024;
    public static final long MAX_PARTS = 10_000;

    private MultipartRules() {
    }

    /** Validates a start request and returns the number of parts it implies. */
    public static int validate(Caller caller, MultipartUploadRequest r) {
        if (r.getFileName() == null || r.getFileName().isEmpty()) {
            throw ApiException.badRequest(
                    "MultipartUploadRequest.fileName is required and must not be the empty string.");
        }
        if (r.getFileSizeBytes() == null) {
            throw ApiException.badRequest("MultipartUploadRequest.fileSizeBytes is required.");
        }
        if (r.getContentMD5Hex() == null || r.getContentMD5Hex().isEmpty()) {
            throw ApiException.badRequest(
                    "MultipartUploadRequest.contentMD5Hex is required and must not be the empty string.");
        }
        if (r.getPartSizeBytes() == null) {
            throw ApiException.badRequest("MultipartUploadRequest.partSizeBytes is required.");
        }
        if (caller.isAnonymous()) {
            throw ApiException.forbidden("Anonymous cannot upload files.");
        }
        long size = r.getFileSizeBytes();
        if (size < 1) {
            throw ApiException.badRequest("File size must be at least one byte");
        }
        if (size > MAX_FILE_SIZE) {
            throw ApiException.badRequest("The maximum file size is 5 TB");
        }
        long part = r.getPartSizeBytes();
        if (part < MIN_PART_SIZE) {
            throw ApiException.badRequest("The part size must be at least " + MIN_PART_SIZE + " bytes.");
        }
        if (part > MAX_PART_SIZE) {
            throw ApiException.badRequest("The part size must not exceed " + MAX_PART_SIZE + " bytes.");
        }
        long parts = numberOfParts(size, part);
        if (parts > MAX_PARTS) {
            throw ApiException.badRequest("File Upload would require " + parts
                    + " parts, which exceeds the maximum number of allowed parts of: " + MAX_PARTS
                    + ". Please choose a larger part size.");
        }
        NameRules.validateName(r.getFileName());
        return (int) parts;
    }

    public static long numberOfParts(long fileSize, long partSize) {
        return (fileSize + partSize - 1) / partSize;
    }

    /** The part size Synapse's clients choose: {@code max(5 MiB, ceil(fileSize / 10000))}. */
    public static long defaultPartSize(long fileSize) {
        return Math.max(MIN_PART_SIZE, (fileSize + MAX_PARTS - 1) / MAX_PARTS);
    }
}
