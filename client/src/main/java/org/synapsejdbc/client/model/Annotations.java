package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Map;
import java.util.Objects;

/** Annotations are additional key-value pair metadata that are associated with an object. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Annotations {
    /** ID of the object to which this annotation belongs. */
    private String id;

    /** Etag of the object to which this annotation belongs. */
    private String etag;

    /** Additional metadata associated with the object. */
    private Map<String, AnnotationsValue> annotations;

    public String getId() {
        return id;
    }

    public Annotations setId(String id) {
        this.id = id;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public Annotations setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public Map<String, AnnotationsValue> getAnnotations() {
        return annotations;
    }

    public Annotations setAnnotations(Map<String, AnnotationsValue> annotations) {
        this.annotations = annotations;
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Annotations that = (Annotations) o;
        return Objects.equals(id, that.id)
                && Objects.equals(etag, that.etag)
                && Objects.equals(annotations, that.annotations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, etag, annotations);
    }

    @Override
    public String toString() {
        return "Annotations{"
                + "id=" + id
                + ", etag=" + etag
                + ", annotations=" + annotations
                + '}';
    }
}
