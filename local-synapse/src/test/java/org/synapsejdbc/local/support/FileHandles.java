package org.synapsejdbc.local.support;

/** Creates real file handles for entity tests (external handles: no bytes needed). */
public final class FileHandles {

    private static int counter;

    private FileHandles() {
    }

    /** A new ExternalFileHandle of the caller; each call has a different MD5 so FileEntity updates version. */
    public static synchronized String external(Http h, String fileName) {
        counter++;
        String md5 = String.format("%032x", System.nanoTime() * 31 + counter);
        var body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.file.ExternalFileHandle")
                .put("externalURL", "https://example.org/data/" + fileName).put("fileName", fileName)
                .put("contentType", "text/plain").put("contentMd5", md5).put("contentSize", 10L + counter);
        Http.Res r = h.post("/file/v1/externalFileHandle", body);
        if (r.status() / 100 != 2) {
            throw new AssertionError("cannot create a file handle: " + r.status() + " " + r.body());
        }
        return r.text("id");
    }
}
