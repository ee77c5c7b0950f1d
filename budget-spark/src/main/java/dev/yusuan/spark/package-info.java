/**
 * Yusuan on Apache Spark: {@link dev.yusuan.spark.YusuanSpark} reads and validates disclosures given as a
 * {@code binaryFile} Dataset and returns typed Datasets of documents, facts and findings. The row types
 * ({@link dev.yusuan.spark.DocumentRow}, {@link dev.yusuan.spark.FactRow}, {@link dev.yusuan.spark.FindingRow})
 * are JavaBeans because Spark's bean encoder needs setters; their column order and types are fixed by
 * {@link dev.yusuan.spark.SparkSchemas}. The value types follow the model's Immutables style.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    jdkOnly = false)
package dev.yusuan.spark;

import org.immutables.value.Value;
