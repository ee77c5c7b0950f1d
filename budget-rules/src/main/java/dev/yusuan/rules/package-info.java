/**
 * Yusuan rules. Value types follow the model's Immutables style: public abstract type, package-private
 * generated implementation, nested {@code Builder}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    jdkOnly = false)
package dev.yusuan.rules;

import org.immutables.value.Value;
