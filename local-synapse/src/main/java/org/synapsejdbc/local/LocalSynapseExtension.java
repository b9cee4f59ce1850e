package org.synapsejdbc.local;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: a fresh in-memory local-synapse on a free port per test class (throttles off), injectable
 * as a {@link LocalSynapse} parameter of constructors, {@code @BeforeAll}, {@code @BeforeEach} and test methods.
 * <pre>{@code
 * @ExtendWith(LocalSynapseExtension.class)
 * class MyTest {
 *     @Test void works(LocalSynapse synapse) { ... synapse.repoUrl() ... synapse.user1Token() ... }
 * }
 * }</pre>
 */
public final class LocalSynapseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LocalSynapseExtension.class);
    private static final String KEY = "server";

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LocalSynapse s = context.getStore(NS).remove(KEY, LocalSynapse.class);
        if (s != null) {
            s.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == LocalSynapse.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return server(e);
    }

    private static LocalSynapse server(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NS).getOrComputeIfAbsent(KEY,
                k -> LocalSynapse.builder().inMemory().port(0).throttles(false).build().start(), LocalSynapse.class);
    }
}
