package dev.yusuan.io.pdf.internal;

import dev.yusuan.io.tables.internal.PageText;
import dev.yusuan.io.tables.internal.TextLine;
import dev.yusuan.model.Names;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the positioned glyphs of every page with PDFBox's text engine, then groups them into lines
 * and segments ({@link LineBuilder}). Glyph text is normalised with {@link Names#normalize} (CJK
 * radical supplement code points to ideographs, full-width and compatibility forms folded); glyphs
 * drawn twice at nearly the same place (simulated bold: the same text drawn again a fraction of a point
 * away, anywhere in the page's content) are kept once.
 *
 * <p>What a page does not show is not read: glyphs drawn invisibly (text render mode 3 or 7, or smaller
 * than half a point), when the page shows other text; each page's count of them is a {@link Hidden}. A
 * page whose only text is invisible (an OCR layer under a scanned image) is read from that text, and
 * says so. (Glyphs outside the page's box are read: real pages draw their text outside a box that is
 * wrong, or turned.)
 */
public final class GlyphCollector extends PDFTextStripper {
  /**
   * What a page drew but does not show: glyphs drawn invisibly; and whether the page was read from them
   * because it shows no other text.
   */
  public record Hidden(int page, int invisible, boolean readInvisible) {}

  /**
   * Glyphs a page draws slanted (neither along nor across the page: a diagonal watermark), not read as the
   * page's text: how many and their text (the first {@link #SLANTED_TEXT} characters).
   */
  public record Slanted(int page, int glyphs, String text, int amounts) {}

  /**
   * Text a page draws turned 90° that holds a digit (a figure printed vertically), set aside unread: how many
   * strings, their text (the first {@link #SLANTED_TEXT} characters) and how many amounts they hold.
   */
  public record TurnedFigures(int page, int strings, String text, int amounts) {}

  /** An amount printed in slanted text: a decimal point or thousands separators. */
  private static final java.util.regex.Pattern SLANTED_AMOUNT =
      java.util.regex.Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+");
  /** How much of a page's slanted text is kept to count its amounts (a page's glyphs are bounded anyway). */
  static final int SLANTED_KEPT = 100_000;

  static final int SLANTED_TEXT = 40;
  /**
   * A glyph is slanted when its baseline's angle to the page's axes exceeds about 3 degrees: |sin 2θ| above
   * sin 6°.
   */
  private static final float SLANT = 0.105f;

  private final List<PageText> pages = new ArrayList<>();
  private final List<Hidden> hidden = new ArrayList<>();
  private final List<Slanted> slanted = new ArrayList<>();
  private final List<TurnedFigures> turnedFigures = new ArrayList<>();
  /** The page's slanted glyphs: count and text. */
  private int slantedGlyphs;
  private final StringBuilder slantedText = new StringBuilder();
  /** All of the page's slanted text (up to {@link #SLANTED_KEPT} characters), its amounts counted unread. */
  private final StringBuilder slantedAll = new StringBuilder();
  /** The glyph being shown is slanted; its string's number; the character spacing after it, in points. */
  private boolean slant;
  private int run;
  /** Inside a TJ array (its strings are one run). */
  private boolean array;
  private float spacing;
  /** The page's glyphs by kind: shown, invisible. */
  private Glyphs current = new Glyphs();
  private Glyphs invisibleGlyphs = new Glyphs();
  /** Whether the glyph being shown is drawn invisibly (render mode 3 or 7). */
  private boolean invisible;
  private int lineCounter;
  private float pageWidth;
  private float pageHeight;
  /** Glyphs the page's content shows, and how many of them reached {@link #processTextPosition}. */
  private int shown;
  private int positions;

  private GlyphCollector() {
    super();
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
  }

  /** Extracts every page of {@code document}; {@code firstLine} is the index the first line gets. */
  public static List<PageText> collect(PDDocument document, int firstLine) throws IOException {
    return collect(document, firstLine, new ArrayList<>());
  }

  /**
   * As {@link #collect(PDDocument, int)}, adding to {@code hidden} each page that drew glyphs it does
   * not show.
   */
  public static List<PageText> collect(PDDocument document, int firstLine, List<Hidden> hidden)
      throws IOException {
    return collect(document, firstLine, hidden, new ArrayList<>());
  }

  /**
   * As {@link #collect(PDDocument, int, List)}, adding to {@code slanted} each page that drew slanted glyphs
   * (not read).
   */
  public static List<PageText> collect(PDDocument document, int firstLine, List<Hidden> hidden,
      List<Slanted> slanted) throws IOException {
    return collect(document, firstLine, hidden, slanted, new ArrayList<>());
  }

  /**
   * As {@link #collect(PDDocument, int, List, List)}, adding to {@code turned} each page that drew a figure turned
   * 90° (not read).
   */
  public static List<PageText> collect(PDDocument document, int firstLine, List<Hidden> hidden,
      List<Slanted> slanted, List<TurnedFigures> turned) throws IOException {
    GlyphCollector c = new GlyphCollector();
    c.lineCounter = firstLine;
    c.writeText(document, new StringWriter());
    hidden.addAll(c.hidden);
    slanted.addAll(c.slanted);
    turned.addAll(c.turnedFigures);
    // pages without a content stream never reach startPage/endPage: they hold no text
    List<PageText> all = new ArrayList<>();
    int k = 0;
    for (int no = 1; no <= document.getNumberOfPages(); no++) {
      if (k < c.pages.size() && c.pages.get(k).page() == no) {
        all.add(c.pages.get(k++));
      } else {
        PDRectangle box = document.getPage(no - 1).getCropBox();
        all.add(new PageText(no, box.getWidth(), box.getHeight(), List.of(), 0, 0));
      }
    }
    return all;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    current = new Glyphs();
    invisibleGlyphs = new Glyphs();
    shown = 0;
    positions = 0;
    slantedGlyphs = 0;
    slantedText.setLength(0);
    slantedAll.setLength(0);
    PDRectangle box = page.getCropBox();
    boolean rotated = page.getRotation() % 180 != 0;
    pageWidth = rotated ? box.getHeight() : box.getWidth();
    pageHeight = rotated ? box.getWidth() : box.getHeight();
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    shown++; // PDFBox drops a composite font's glyph that maps to no Unicode before processTextPosition
    RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
    invisible = mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP;
    // the baseline's direction on the page: along or across it (any page rotation), or slanted
    float a = textRenderingMatrix.getValue(0, 0);
    float b = textRenderingMatrix.getValue(0, 1);
    float scale = a * a + b * b;
    slant = Math.abs(2 * a * b) > SLANT * scale;
    float tc = getGraphicsState().getTextState().getCharacterSpacing();
    float size = getGraphicsState().getTextState().getFontSize();
    spacing = tc == 0 || size == 0 ? 0f : tc * (float) Math.sqrt(scale) / Math.abs(size);
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }


  @Override
  protected void showText(byte[] string) throws IOException {
    if (!array) {
      run++; // the glyphs of one string: the character spacing between them is tracking
    }
    super.showText(string);
  }

  @Override
  public void showTextStrings(org.apache.pdfbox.cos.COSArray strings) throws IOException {
    run++; // one TJ array, its strings kerned: one run
    array = true;
    try {
      super.showTextStrings(strings);
    } finally {
      array = false;
    }
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    positions++;
    String u = t.getUnicode();
    if (u == null || u.isEmpty()) {
      return;
    }
    String text = u.length() == 1 && u.charAt(0) < 0x80 ? u : fold(u);
    float x0 = t.getXDirAdj();
    float w = t.getWidthDirAdj();
    float y = t.getYDirAdj();
    float size = t.getFontSizeInPt();
    if (size <= 0) {
      size = t.getHeightDir();
    }
    if (slant && !invisible) {
      // a diagonal watermark across the page is no text of its tables or lines: counted, not read
      slantedGlyphs++;
      if (slantedText.length() < SLANTED_TEXT && !text.isBlank()) {
        slantedText.append(text);
      }
      if (slantedAll.length() < SLANTED_KEPT) {
        slantedAll.append(text);
      }
      return;
    }
    Glyphs into = invisible || size < 0.5f ? invisibleGlyphs : current; // under half a point: not seen either
    if ("\u3000".equals(u)) {
      // a full-width space drawn right after a glyph, where its advance ended (in its string or in one of its
      // own): room that glyph keeps (合　计)
      int last = into.list.size() - 1;
      Glyph prev = last >= 0 ? into.list.get(last) : null;
      if (prev != null && !prev.blank() && Math.abs(prev.baseline() - y) < 0.1f * size
          && Math.abs(x0 - prev.x1() - prev.spacing() - prev.ideographicSpace()) < 0.1f * size) {
        into.list.set(last, prev.withIdeographicSpace(w + spacing));
      }
    }
    Matrix m = t.getTextMatrix();
    into.add(new Glyph(text, x0, x0 + w, y, t.getHeightDir(), size, run, spacing, 0f), t.getDir(),
        m.getTranslateX(), m.getTranslateY());
  }

  /**
   * A page's glyphs of one kind, each kept once: a glyph with the same text as one already kept less
   * than {@link #twice} away is the same glyph drawn again (simulated bold), found through a grid of
   * {@link #CELL}-point cells, so a page of many glyphs costs linear time.
   */
  static final class Glyphs {
    static final float CELL = 2f;
    final List<Glyph> list = new ArrayList<>();
    /**
     * Each kept glyph's text direction (0, 90, 180 or 270: its baseline's angle in the page's unrotated space)
     * and its origin there (x, y up), two floats a glyph; as many as {@link #list} holds, the arrays grown as it grows.
     */
    int[] dirs = new int[64];
    float[] origins = new float[128];
    private final java.util.Map<Long, List<Glyph>> grid = new java.util.HashMap<>();

    /** How near the same text is the same glyph: under a quarter of its size, at most 1.5 points. */
    static float twice(Glyph g) {
      return Math.min(1.5f, Math.max(0.5f, 0.25f * g.fontSize()));
    }

    private static long key(long cx, long cy) {
      return cx << 32 ^ (cy & 0xFFFFFFFFL);
    }

    void add(Glyph g) {
      add(g, 0, 0f, 0f);
    }

    void add(Glyph g, float dir, float ox, float oy) {
      long cx = (long) Math.floor(g.x0() / CELL);
      long cy = (long) Math.floor(g.baseline() / CELL);
      float near = twice(g);
      for (long dx = -1; dx <= 1; dx++) {
        for (long dy = -1; dy <= 1; dy++) {
          for (Glyph o : grid.getOrDefault(key(cx + dx, cy + dy), List.of())) {
            if (o.text().equals(g.text()) && Math.abs(o.x0() - g.x0()) < near
                && Math.abs(o.baseline() - g.baseline()) < near) {
              return; // drawn twice (simulated bold)
            }
          }
        }
      }
      grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(g);
      int n = list.size();
      if (n == dirs.length) {
        dirs = java.util.Arrays.copyOf(dirs, 2 * n);
        origins = java.util.Arrays.copyOf(origins, 4 * n);
      }
      list.add(g);
      dirs[n] = Math.round(dir) % 360;
      origins[2 * n] = ox;
      origins[2 * n + 1] = oy;
    }

    int size() {
      return list.size();
    }
  }

  /** A glyph's text as the reader sees it (radicals to ideographs, NFKC folding). */
  public static String fold(String u) {
    if (u.isBlank()) {
      return " ";
    }
    String n = Names.normalize(u);
    return n.isEmpty() ? " " : n;
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    int no = getCurrentPageNo();
    // what the page shows; a page showing no text is read from its invisible text (an OCR layer), and
    // says so
    boolean readInvisible = current.size() == 0 && invisibleGlyphs.size() > 0;
    Glyphs read = readInvisible ? invisibleGlyphs : current;
    if (invisibleGlyphs.size() > 0) {
      hidden.add(new Hidden(no, invisibleGlyphs.size(), readInvisible));
    }
    if (slantedGlyphs > 0) {
      int amounts = (int) SLANTED_AMOUNT.matcher(slantedAll).results().count();
      slanted.add(new Slanted(no, slantedGlyphs, slantedText.toString(), amounts));
    }
    List<String> figures = new ArrayList<>();
    List<Glyph> glyphs = readInvisible ? read.list
        : TurnedText.upright(read.list, read.dirs, read.origins, figures);
    if (!figures.isEmpty()) {
      String all = String.join(" ", figures);
      turnedFigures.add(new TurnedFigures(no, figures.size(), all.substring(0, Math.min(SLANTED_TEXT, all.length())),
          (int) SLANTED_AMOUNT.matcher(all).results().count()));
    }
    List<TextLine> lines = LineBuilder.lines(glyphs, no, lineCounter);
    lineCounter += lines.size();
    pages.add(new PageText(no, pageWidth, pageHeight, lines, read.size(), shown - positions));
  }

  @Override
  protected void writePage() {
    // lines are built in endPage from the collected glyphs
  }
}
