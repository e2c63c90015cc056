package org.lime4j.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lime4j.core.Predictor;

/**
 * A predictor that copies every batch it receives before passing it on, so a baseline can later
 * time the model alone on exactly the inputs of one explanation. Thread-safe when the wrapped
 * model is. Batches are recorded in arrival order, which does not change the baseline's cost.
 *
 * @param <T> the model's input type
 */
final class RecordingPredictor<T> implements Predictor<T> {
    private final Predictor<T> model;
    private final UnaryOperator<T> copy;
    private final List<List<T>> batches = Collections.synchronizedList(new ArrayList<>());

    RecordingPredictor(Predictor<T> model, UnaryOperator<T> copy) {
        this.model = model;
        this.copy = copy;
    }

    @Override
    public double[][] predict(List<T> batch) throws Exception {
        List<T> recorded = new ArrayList<>(batch.size());
        for (T input : batch) {
            recorded.add(copy.apply(input));
        }
        batches.add(recorded);
        return model.predict(batch);
    }

    @Override
    public boolean isThreadSafe() {
        return model.isThreadSafe();
    }

    /** Returns the recorded batches. */
    List<List<T>> batches() {
        synchronized (batches) {
            return List.copyOf(batches);
        }
    }

    /** Returns the number of recorded inputs. */
    int inputs() {
        int total = 0;
        for (List<T> batch : batches()) {
            total += batch.size();
        }
        return total;
    }
}
