package dev.yusuan.io.pdf.internal;

import dev.yusuan.model.Table;

/** One cell of a table being mapped: its row and column, and the text printed in it. */
public record Cell(Table table, int rowIndex, Table.Row row, Table.Column column, String text) {}
