package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.DisclosureTable;
import java.util.List;

/** A table with the facts its layout mapped and the diagnostics of mapping it. */
public record MappedTable(DisclosureTable table, List<Fact> facts, List<Diagnostic> diagnostics) {}
