package org.synapsejdbc.jdbc.call;

import java.lang.reflect.Type;
import org.apache.calcite.prepare.CalcitePrepareImpl;

/**
 * Calcite's statement preparation with {@code CALL}/{@code {call}} taken over: Calcite 1.42 cannot execute CALL
 * (its validator throws), so calls are answered with a signature that runs the Synapse procedure when the
 * statement executes. Everything else is prepared by Calcite as usual.
 */
public class SynapsePrepare extends CalcitePrepareImpl {
  @Override
  @SuppressWarnings("unchecked")
  public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType, long maxRowCount) {
    if (query.sql != null && CallParser.isCall(query.sql)) {
      return (CalciteSignature<T>) (CalciteSignature<?>) CallSignatures.prepare(context, query.sql, maxRowCount);
    }
    return super.prepareSql(context, query, elementType, maxRowCount);
  }
}
