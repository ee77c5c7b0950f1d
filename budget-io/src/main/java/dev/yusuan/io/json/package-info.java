/**
 * Canonical JSON of a budget document ({@code formatVersion} 1.0), its JSON Schema, and the
 * {@code json} reader and writer.
 */
package dev.yusuan.io.json;
