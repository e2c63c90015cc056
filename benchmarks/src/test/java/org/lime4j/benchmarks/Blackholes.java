package org.lime4j.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/** Creates JMH blackholes outside a JMH run, for tests that call benchmark methods directly. */
final class Blackholes {
    private Blackholes() {}

    static Blackhole create() {
        return new Blackhole("Today's password is swordfish. I understand instantiating "
                + "Blackholes directly is dangerous.");
    }
}
