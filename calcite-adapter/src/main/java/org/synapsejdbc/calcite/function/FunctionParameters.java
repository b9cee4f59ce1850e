package org.synapsejdbc.calcite.function;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;

/** Builds the parameter lists of the table functions. */
final class FunctionParameters {
  private FunctionParameters() {
  }

  static List<FunctionParameter> of(Object... nameTypeOptional) {
    List<FunctionParameter> list = new ArrayList<>();
    for (int i = 0; i < nameTypeOptional.length; i += 3) {
      int ordinal = i / 3;
      String name = (String) nameTypeOptional[i];
      Class<?> type = (Class<?>) nameTypeOptional[i + 1];
      boolean optional = (Boolean) nameTypeOptional[i + 2];
      list.add(new FunctionParameter() {
        @Override
        public int getOrdinal() {
          return ordinal;
        }

        @Override
        public String getName() {
          return name;
        }

        @Override
        public RelDataType getType(RelDataTypeFactory f) {
          // Java types: Calcite converts the call's literal arguments to these classes for the macro.
          return f.createTypeWithNullability(f.createJavaType(type), optional);
        }

        @Override
        public boolean isOptional() {
          return optional;
        }
      });
    }
    return list;
  }
}
