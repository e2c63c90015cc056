package org.lime4j.benchmarks;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.provenance.impl.EmptyDatasetProvenance;
import org.tribuo.provenance.impl.EmptyTrainerProvenance;

/**
 * The benchmarks' {@link LogisticModel} seen through Tribuo's {@link Model} API, so that
 * Tribuo's LIME explains exactly the same black box as lime4j. The feature and output domains
 * come from a Tribuo data set built on the same rows. Immutable and thread-safe.
 */
final class TribuoLogisticModel extends Model<Label> {
    private static final long serialVersionUID = 1L;
    private static final String[] CLASSES = {"malignant", "benign"};

    private final transient LogisticModel model;
    private final int[] columnOfId;

    private TribuoLogisticModel(ImmutableFeatureMap features, ImmutableOutputInfo<Label> outputs,
            LogisticModel model, List<String> names) {
        super("lime4j-benchmark-logistic", provenance(), features, outputs, true);
        this.model = model;
        this.columnOfId = new int[features.size()];
        for (int j = 0; j < names.size(); j++) {
            columnOfId[features.getID(names.get(j))] = j;
        }
    }

    /** Wraps {@code model} with the domains of a Tribuo data set of {@code rows}. */
    static TribuoLogisticModel wrap(LogisticModel model, double[][] rows, int[] targets,
            List<String> names) {
        MutableDataset<Label> data = dataset(rows, targets, names);
        return new TribuoLogisticModel(data.getFeatureIDMap(), data.getOutputIDInfo(), model,
                names);
    }

    /** Converts one row to a Tribuo example, dropping zeros as Tribuo's sparse examples do. */
    static Example<Label> example(double[] row, List<String> names, Label label) {
        ArrayExample<Label> example = new ArrayExample<>(label);
        for (int j = 0; j < row.length; j++) {
            if (row[j] != 0) {
                example.add(names.get(j), row[j]);
            }
        }
        return example;
    }

    @Override
    public Prediction<Label> predict(Example<Label> example) {
        double[] row = new double[columnOfId.length];
        int used = 0;
        for (org.tribuo.Feature feature : example) {
            int id = featureIDMap.getID(feature.getName());
            if (id >= 0) {
                row[columnOfId[id]] = feature.getValue();
                used++;
            }
        }
        double p = model.probability(row);
        Map<String, Label> scores = new LinkedHashMap<>();
        scores.put(CLASSES[0], new Label(CLASSES[0], 1 - p));
        scores.put(CLASSES[1], new Label(CLASSES[1], p));
        Label best = p >= 0.5 ? scores.get(CLASSES[1]) : scores.get(CLASSES[0]);
        return new Prediction<>(best, scores, used, example, true);
    }

    @Override
    public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
        return Collections.emptyMap();
    }

    @Override
    public Optional<Excuse<Label>> getExcuse(Example<Label> example) {
        return Optional.empty();
    }

    @Override
    protected Model<Label> copy(String newName, ModelProvenance newProvenance) {
        return new TribuoLogisticModel(featureIDMap, outputIDInfo, model, namesInColumnOrder());
    }

    private List<String> namesInColumnOrder() {
        String[] names = new String[columnOfId.length];
        for (int id = 0; id < columnOfId.length; id++) {
            names[columnOfId[id]] = featureIDMap.get(id).getName();
        }
        return List.of(names);
    }

    private static MutableDataset<Label> dataset(double[][] rows, int[] targets,
            List<String> names) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("breast cancer", factory), factory);
        for (int i = 0; i < rows.length; i++) {
            data.add(example(rows[i], names, new Label(CLASSES[targets[i]])));
        }
        return data;
    }

    private static ModelProvenance provenance() {
        return new ModelProvenance(TribuoLogisticModel.class.getName(), OffsetDateTime.now(),
                new EmptyDatasetProvenance(), new EmptyTrainerProvenance());
    }
}
