package dev.yusuan.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Keqiao example published as a web page ({@link HtmlDocumentReaderProperties#page}), then written the ways
 * pages are: each figure's cell with a note mark in {@code <sup>} after it, an older figure before it hidden
 * ({@code display:none}) or struck out ({@code <s>}, {@code <del>}), a {@code <br>} or {@code &nbsp;} in it, the
 * figure split over {@code <span>}s; hidden older copies of rows ({@code <tr style="display:none">}); the page's
 * bytes in GBK or UTF-8 whatever it declares (or declaring nothing). Contract: the text form's facts and findings;
 * hidden figures counted unread at their lines ({@code html.hidden-text}); a changed figure an ERROR at its line.
 * Before: a note mark became a digit of the figure (2706.241, silently), a hidden or struck older figure was glued
 * to it (a table.bad-number ERROR per cell: the page refused), a hidden row was read, a page in GBK declared UTF-8
 * (or UTF-8 declared GB2312) was "no budget disclosure found". A page cut anywhere never passes.
 */
class HtmlVariationsProperties {
  enum Kind { NOTE_MARK, HIDDEN_OLD, STRUCK_OLD, DEL_OLD, BR, NBSP, SPLIT_SPANS, HIDDEN_ROW, PLAIN }

  enum Bytes { AS_DECLARED, GBK_DECLARED_UTF8, UTF8_DECLARED_GB2312, GBK_UNDECLARED }

  private static final Pattern AMOUNT_CELL = Pattern.compile("<td>(-?[0-9][0-9,]*\\.[0-9]{2})</td>");
  private static final Pattern ROW = Pattern.compile("(?m)^<tr>(<td>[^<]*</td>)+</tr>$");

  static String vary(String page, List<Kind> kinds, long seed) {
    Random r = new Random(seed);
    if (kinds.contains(Kind.HIDDEN_ROW)) {
      Matcher m = ROW.matcher(page);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String row = m.group();
        String older = row.replaceAll("<td>([0-9]+)\\.([0-9]{2})</td>", "<td>1$1.$2</td>");
        String style = r.nextBoolean() ? "<tr style=\"display: none\">" : "<tr hidden>";
        m.appendReplacement(b, Matcher.quoteReplacement(r.nextInt(4) == 0 && !older.equals(row)
            ? older.replaceFirst("^<tr>", style) + row : row));
      }
      m.appendTail(b);
      page = b.toString();
    }
    List<Kind> cellKinds = kinds.stream().filter(k -> k != Kind.HIDDEN_ROW).toList();
    if (cellKinds.isEmpty()) {
      return page;
    }
    Matcher m = AMOUNT_CELL.matcher(page);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = m.group(1);
      String old = "1" + v.replace("-", "");
      String cell = switch (cellKinds.get(r.nextInt(cellKinds.size()))) {
        case NOTE_MARK -> "<td>" + v + "<sup>" + List.of("1", "2", "*", "①", "a", "[3]").get(r.nextInt(6)) + "</sup></td>";
        case HIDDEN_OLD -> "<td><span style=\"display:none\">" + old + "</span>" + v + "</td>";
        case STRUCK_OLD -> "<td><s>" + old + "</s> " + v + "</td>";
        case DEL_OLD -> "<td><del>" + old + "</del>" + v + "</td>";
        case BR -> "<td>" + (r.nextBoolean() ? "<br>" + v : v + "<br/>") + "</td>";
        case NBSP -> "<td>&nbsp;" + v + "&nbsp;&nbsp;</td>";
        case SPLIT_SPANS -> {
          int cut = 1 + r.nextInt(v.length() - 1);
          yield "<td><span>" + v.substring(0, cut) + "</span><span>" + v.substring(cut) + "</span></td>";
        }
        default -> m.group();
      };
      m.appendReplacement(b, Matcher.quoteReplacement(cell));
    }
    m.appendTail(b);
    return b.toString();
  }

  static byte[] bytes(String page, Bytes how) {
    return switch (how) {
      case AS_DECLARED -> page.getBytes(StandardCharsets.UTF_8);
      case GBK_DECLARED_UTF8 -> page.getBytes(Charset.forName("GBK"));
      case UTF8_DECLARED_GB2312 -> page.replace("charset=\"utf-8\"", "charset=\"gb2312\"").getBytes(StandardCharsets.UTF_8);
      case GBK_UNDECLARED -> page.replace("<meta charset=\"utf-8\">", "").getBytes(Charset.forName("GBK"));
    };
  }

  static BudgetDocument read(byte[] page) throws IOException {
    return new HtmlDocumentReader().read(new ByteArrayInputStream(page), "keqiao.html");
  }

  static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.provenance().tableId().orElse("") + " " + f.provenance().rowLabel().orElse("")).sorted().toList();
  }

  static List<String> errors(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.ruleId() + " " + f.locations().stream().map(p -> p.tableId().orElse("") + "/"
            + p.rowLabel().orElse("") + "/" + p.columnHeader().orElse("")).toList()).sorted().toList();
  }

  @Provide
  Arbitrary<HtmlDocumentReaderProperties.Style> styles() {
    return new HtmlDocumentReaderProperties().styles().map(s -> new HtmlDocumentReaderProperties.Style(
        s.layoutTable(), s.th(), s.thead(), s.colspan(), s.unitRow(), s.padded(), s.spans(), false, s.seed()));
  }

  @Provide
  Arbitrary<List<Kind>> kinds() {
    return Arbitraries.of(Kind.class).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
  }

  @Property(tries = 40)
  void aPageReadsAsItShows(@ForAll("styles") HtmlDocumentReaderProperties.Style st, @ForAll("kinds") List<Kind> kinds,
      @ForAll Bytes how, @ForAll long seed) throws IOException {
    String page = vary(HtmlDocumentReaderProperties.page(st), kinds, seed);
    BudgetDocument d = read(bytes(page, how));
    BudgetDocument text = HtmlDocumentReaderProperties.TEXT_FORM;
    assertThat(key(d.facts())).as("%s %s", kinds, how).isEqualTo(key(text.facts()));
    assertThat(errors(d)).isEqualTo(errors(text));
    List<Diagnostic> hidden = d.diagnostics().stream().filter(x -> x.code().equals("html.hidden-text")).toList();
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(hidden.stream().mapToInt(Diagnostic::unreadAmounts).sum());
    assertThat(hidden).allSatisfy(x -> assertThat(x.location().line()).isPresent());
    assertThat(d.diagnostics()).noneMatch(x -> x.severity() == Severity.ERROR);
    assertThat(d.diagnostics().stream().filter(x -> x.code().equals("html.charset")).count())
        .isEqualTo(how == Bytes.AS_DECLARED ? 0L : 1L);
  }

  @Property(tries = 15)
  void aChangedFigureIsAnErrorAtItsLine(@ForAll("styles") HtmlDocumentReaderProperties.Style st,
      @ForAll("kinds") List<Kind> kinds, @ForAll Bytes how, @ForAll long seed) throws IOException {
    String[] lines = HtmlDocumentReaderProperties.TEXT.split("\n", -1);
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches("^\\d{7}\t[^\t]+\t\\d+\\.\\d\\d(\t.*)?$")) {
        items.add(i);
      }
    }
    int line = items.get((int) Math.floorMod(seed, (long) items.size()));
    String[] cells = lines[line].split("\t", -1);
    String changed = new BigDecimal(cells[2]).add(new BigDecimal("100.00")).toPlainString();
    cells[2] = changed;
    lines[line] = String.join("\t", cells);
    String page = vary(HtmlDocumentReaderProperties.page(String.join("\n", lines), st), kinds, seed);
    BudgetDocument d = read(bytes(page, how));
    List<Finding> errors = Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    String[] pageLines = page.split("\n", -1);
    assertThat(errors).as("an ERROR at the line printing %s (%s, %s)", changed, cells[1], kinds)
        .anySatisfy(f -> assertThat(f.locations()).anySatisfy(p -> {
          assertThat(p.rowLabel()).hasValue(cells[1]);
          assertThat(pageLines[p.line().orElse(1) - 1].replaceAll("<[^>]*>", "")).contains(changed);
        }));
  }

  /** A page cut anywhere after its head never passes: the cut is said (html.truncated) or what is left fails. */
  @Property(tries = 30)
  void aCutPageNeverPasses(@ForAll("styles") HtmlDocumentReaderProperties.Style st, @ForAll Bytes how,
      @ForAll("fractions") int permille) throws IOException {
    byte[] whole = bytes(HtmlDocumentReaderProperties.page(st), how);
    byte[] cut = java.util.Arrays.copyOf(whole, (int) ((long) whole.length * permille / 1000));
    BudgetDocument d = read(cut);
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).as("cut at %d of %d bytes", cut.length, whole.length)
        .isPresent();
  }

  @Provide
  Arbitrary<Integer> fractions() {
    return Arbitraries.integers().between(50, 990);
  }
}
