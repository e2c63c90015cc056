package org.lime4j.image;

import org.lime4j.core.Explanation;

/**
 * Explains a 1024×1024 photo with 1000 samples and quickshift; {@link LargeImageTest} runs it in
 * a JVM limited to a 512 MB heap. Prints the heap limit, the superpixel count and the sample
 * count on one line.
 */
final class LargeImageMain {
    private LargeImageMain() {}

    public static void main(String[] args) {
        LimeImage image = TestData.photo("astronaut.png").resize(1024, 1024);
        ImageExplanation explanation = ImageExplainer.builder().build().explain(image,
                new BrightnessModel(400, 300, 600, 500),
                ImageExplainer.defaultOptions().seed(3).build());
        Explanation core = explanation.explanation();
        System.out.println("maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " superpixels=" + explanation.segmentation().count()
                + " samples=" + core.numSamples()
                + " batchSize=" + core.run().batchSize());
    }
}
