package org.synapsejdbc.local;

/** Fills a fresh server with demo content when started with {@code --demo}; registered by modules. */
@FunctionalInterface
public interface DemoSeeder {
    void seed(LocalSynapse server) throws Exception;
}
