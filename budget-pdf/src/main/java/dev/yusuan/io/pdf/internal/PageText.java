package dev.yusuan.io.pdf.internal;

import java.util.List;

/** The text of one page: its size and lines top to bottom; no lines when nothing is extractable. */
public record PageText(int page, float width, float height, List<TextLine> lines, int glyphs) {}
