package org.synapsejdbc.local.files;

import java.util.UUID;
import org.synapsejdbc.local.http.Reply;

/** The XML error bodies the storage service (S3) answers with; Synapse's JSON errors do not apply there. */
final class S3Errors {

    /** S3's text for an object or part it does not have. */
    static final String NO_SUCH_KEY = "The specified key does not exist.";

    private S3Errors() {
    }

    static Reply error(int status, String code, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + escape(message) + "</Message><RequestId>" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 16).toUpperCase() + "</RequestId></Error>";
        return Reply.text(status, "application/xml", xml);
    }

    /** S3 refuses a presigned URL that also carries an Authorization header (two auth mechanisms). */
    static Reply twoAuthMechanisms() {
        return error(400, "InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                + "parameter, Signature query string parameter or the Authorization header should be specified");
    }

    static Reply expired() {
        return error(403, "AccessDenied", "Request has expired");
    }

    static Reply accessDenied() {
        return error(403, "AccessDenied", "Access Denied");
    }

    static Reply signatureMismatch() {
        return error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the "
                + "signature you provided. Check your key and signing method.");
    }

    static Reply noSuchKey() {
        return error(404, "NoSuchKey", NO_SUCH_KEY);
    }

    static Reply noSuchUpload() {
        return error(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the "
                + "upload may have been aborted or completed.");
    }

    static Reply missingContentLength() {
        return error(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
    }

    static Reply invalidRange() {
        return error(416, "InvalidRange", "The requested range is not satisfiable");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
