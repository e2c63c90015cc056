package org.lime4j.benchmarks;

import java.util.List;
import org.lime4j.core.Predictor;
import org.openjdk.jmh.infra.Blackhole;

/** The shared body of every baseline benchmark: the model alone on recorded batches. */
final class Baselines {
    private Baselines() {}

    /** Predicts every batch on the calling thread and sinks each output. */
    static <T> void predictAll(Predictor<T> model, List<List<T>> batches, Blackhole sink)
            throws Exception {
        for (List<T> batch : batches) {
            sink.consume(model.predict(batch));
        }
    }
}
