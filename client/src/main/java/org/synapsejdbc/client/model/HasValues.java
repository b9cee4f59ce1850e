package org.synapsejdbc.client.model;

import java.util.List;

/** An object that carries a list of string values. */
public interface HasValues {
    List<String> getValues();

    HasValues setValues(List<String> values);
}
