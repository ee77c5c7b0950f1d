package dev.yusuan.io.pdf.internal;

import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Table;
import java.util.List;

/** A table with the facts its layout mapped and the diagnostics of mapping it. */
public record MappedTable(Table table, List<Fact> facts, List<Diagnostic> diagnostics) {}
