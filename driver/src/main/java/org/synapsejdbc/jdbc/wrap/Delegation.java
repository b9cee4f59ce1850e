package org.synapsejdbc.jdbc.wrap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.Wrapper;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.jdbc.error.ErrorTranslator;

/**
 * Base of the driver's JDBC proxies: forwards every call to the Calcite object it wraps, except the ones a
 * subclass answers itself, and implements {@link Wrapper#unwrap} so callers still reach Calcite's classes.
 */
abstract class Delegation implements InvocationHandler {
  final Object delegate;
  Object proxy;

  Delegation(Object delegate) {
    this.delegate = delegate;
  }

  /** Creates the proxy for {@code iface} and remembers it. */
  @SuppressWarnings("unchecked")
  <T> T proxy(Class<T> iface) {
    proxy = Proxy.newProxyInstance(Delegation.class.getClassLoader(), new Class<?>[] {iface}, this);
    return (T) proxy;
  }

  @Override
  public final Object invoke(Object self, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "equals":
        if (args != null && args.length == 1 && method.getParameterTypes()[0] == Object.class) {
          return self == args[0];
        }
        break;
      case "hashCode":
        if (args == null) {
          return System.identityHashCode(self);
        }
        break;
      case "toString":
        if (args == null) {
          return getClass().getSimpleName().replace("Handler", "") + "@" + Integer.toHexString(
              System.identityHashCode(self)) + "[" + delegate + "]";
        }
        break;
      case "unwrap":
        if (args != null && args.length == 1 && args[0] instanceof Class<?> iface) {
          return iface.isInstance(self) ? self : ((Wrapper) delegate).unwrap(iface);
        }
        break;
      case "isWrapperFor":
        if (args != null && args.length == 1 && args[0] instanceof Class<?> iface) {
          return iface.isInstance(self) || ((Wrapper) delegate).isWrapperFor(iface);
        }
        break;
      default:
        break;
    }
    // --- error translation (owner: errors) ---
    try {
      return handle(method, args);
    } catch (Throwable t) {
      throw translated(method, t);
    }
    // --- end error translation ---
  }

  /** Answers one call; the default forwards it. */
  Object handle(Method method, Object[] args) throws Throwable {
    return forward(method, args);
  }

  /** Calls {@code method} on the delegate, rethrowing what it throws. */
  final Object forward(Method method, Object[] args) throws Throwable {
    return call(delegate, method, args);
  }

  static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      // Translated here too, so that handlers (e.g. the batch path) see the final SQLState.
      throw translated(method, e.getCause());
    }
  }

  /** Gives {@code t} an SQLState when {@code method} may throw an SQLException (see {@link ErrorTranslator}). */
  private static Throwable translated(Method method, Throwable t) {
    for (Class<?> declared : method.getExceptionTypes()) {
      if (declared.isAssignableFrom(SQLException.class)) {
        return ErrorTranslator.translate(t);
      }
    }
    return t;
  }

  /** Calcite throws {@link UnsupportedOperationException} in places; JDBC callers expect an SQLException. */
  static SQLException asSqlException(RuntimeException e) {
    return new SQLException(e.getMessage(), SynapseSqlStates.GENERAL, e);
  }
}
