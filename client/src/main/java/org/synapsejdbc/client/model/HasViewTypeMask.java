package org.synapsejdbc.client.model;

/** Common definition of the ViewTypeMask. */
public interface HasViewTypeMask {
    Long getViewTypeMask();

    HasViewTypeMask setViewTypeMask(Long viewTypeMask);
}
