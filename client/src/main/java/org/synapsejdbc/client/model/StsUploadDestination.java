package org.synapsejdbc.client.model;

/**
 * An StsUploadDestination provides settings to enable Synapse to call AWS Security Token Service (STS) to get
 * temporary AWS credentials.
 */
public interface StsUploadDestination extends BaseKeyUploadDestination {
    Boolean getStsEnabled();

    StsUploadDestination setStsEnabled(Boolean stsEnabled);
}
