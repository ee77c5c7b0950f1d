package dev.yusuan.io.tables.internal;

import java.util.List;

/**
 * The text of one page: its size and lines top to bottom; no lines when nothing is extractable.
 * {@code glyphs} counts the glyphs kept, {@code unmapped} the glyphs the page shows whose font maps
 * them to no Unicode text (a composite font without a ToUnicode map): they are lost to reading.
 */
public record PageText(int page, float width, float height, List<TextLine> lines, int glyphs,
    int unmapped) {}
