package dev.yusuan.io.tables.internal;

import dev.yusuan.model.DisclosureTable;

/** One cell of a table being mapped: its row and column, and the text printed in it. */
public record Cell(DisclosureTable table, int rowIndex, DisclosureTable.Row row, DisclosureTable.Column column, String text) {}
