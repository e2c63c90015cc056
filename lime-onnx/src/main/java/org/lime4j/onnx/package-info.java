/**
 * ONNX models as lime4j predictors, through ONNX Runtime for Java.
 *
 * <p>{@link org.lime4j.onnx.OnnxPredictor} wraps one session; an
 * {@link org.lime4j.onnx.InputEncoder} writes each input into the model's tensor layout.
 */
package org.lime4j.onnx;
