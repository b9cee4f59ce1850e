package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** The sum of the file size for all files in the given view query. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class SumFileSizes {
    /** The sum of the file size in bytes. */
    private Long sumFileSizesBytes;

    /** When true, the actual sum of the files sizes is greater than the value provided with 'sumFileSizesBytes'. */
    private Boolean greaterThan;

    public Long getSumFileSizesBytes() {
        return sumFileSizesBytes;
    }

    public SumFileSizes setSumFileSizesBytes(Long sumFileSizesBytes) {
        this.sumFileSizesBytes = sumFileSizesBytes;
        return this;
    }

    public Boolean getGreaterThan() {
        return greaterThan;
    }

    public SumFileSizes setGreaterThan(Boolean greaterThan) {
        this.greaterThan = greaterThan;
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
        SumFileSizes that = (SumFileSizes) o;
        return Objects.equals(sumFileSizesBytes, that.sumFileSizesBytes)
                && Objects.equals(greaterThan, that.greaterThan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sumFileSizesBytes, greaterThan);
    }

    @Override
    public String toString() {
        return "SumFileSizes{"
                + "sumFileSizesBytes=" + sumFileSizesBytes
                + ", greaterThan=" + greaterThan
                + '}';
    }
}
