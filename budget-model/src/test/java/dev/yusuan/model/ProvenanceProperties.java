package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A cell's provenance ({@link Provenance#cell}, which shares its row's attributes) is indistinguishable
 * from the full provenance built with the same attributes: every accessor, equality both ways, the
 * hash, the description and the printed form agree.
 */
class ProvenanceProperties {
  private static Arbitrary<Optional<String>> text() {
    return Arbitraries.of("", "T03", "行政运行", "2010101", "合计/基本支出", "1", "12.30").optional();
  }

  private static Arbitrary<OptionalInt> number() {
    return Arbitraries.integers().between(0, 5000).optional()
        .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  @Provide
  Arbitrary<Provenance> rows() {
    Arbitrary<Provenance.Builder> a = Combinators.combine(Arbitraries.of("a.txt", "b.pdf"), text(), text(),
        text(), text(), number()).as((src, id, title, label, code, rowNo) -> {
          Provenance.Builder b = Provenance.builder().source(src).tableId(id).tableTitle(title).rowLabel(label)
              .rowCode(code);
          rowNo.ifPresent(b::rowNumber);
          return b;
        });
    return Combinators.combine(a, number(), number(), text(), text(), text(), Arbitraries.of(true, false))
        .as((b, page, line, section, header, rowText, doubtful) -> {
          page.ifPresent(b::page);
          line.ifPresent(b::line);
          return b.section(section).columnHeader(header).text(rowText).doubtful(doubtful).build();
        });
  }

  @Property
  void aCellIsTheFullProvenanceWithItsAttributes(@ForAll("rows") Provenance row,
      @ForAll("texts") Optional<String> header, @ForAll("texts") Optional<String> number,
      @ForAll("texts") Optional<String> cellText) {
    Provenance cell = row.cell(header, number, cellText);
    Provenance full = Provenance.builder().from(row).columnHeader(header).columnNumber(number).text(cellText)
        .build();
    assertThat(cell.source()).isEqualTo(full.source());
    assertThat(cell.tableId()).isEqualTo(full.tableId());
    assertThat(cell.tableTitle()).isEqualTo(full.tableTitle());
    assertThat(cell.rowLabel()).isEqualTo(full.rowLabel());
    assertThat(cell.rowCode()).isEqualTo(full.rowCode());
    assertThat(cell.rowNumber()).isEqualTo(full.rowNumber());
    assertThat(cell.columnHeader()).isEqualTo(full.columnHeader());
    assertThat(cell.columnNumber()).isEqualTo(full.columnNumber());
    assertThat(cell.page()).isEqualTo(full.page());
    assertThat(cell.line()).isEqualTo(full.line());
    assertThat(cell.section()).isEqualTo(full.section());
    assertThat(cell.text()).isEqualTo(full.text());
    assertThat(cell.spanStart()).isEqualTo(full.spanStart());
    assertThat(cell.spanEnd()).isEqualTo(full.spanEnd());
    assertThat(cell.doubtful()).isEqualTo(full.doubtful());
    assertThat(cell).isEqualTo(full);
    assertThat(full).isEqualTo(cell);
    assertThat(cell.hashCode()).isEqualTo(full.hashCode());
    assertThat(cell.describe()).isEqualTo(full.describe());
    assertThat(cell.toString()).isEqualTo(full.toString());
    assertThat(Provenance.builder().from(cell).build()).isEqualTo(full);
    // a cell of a cell is a cell of the same row
    assertThat(cell.cell(number, header, cellText))
        .isEqualTo(Provenance.builder().from(row).columnHeader(number).columnNumber(header).text(cellText).build());
    Set<Provenance> set = new HashSet<>();
    set.add(full);
    assertThat(set).contains(cell);
  }

  @Property
  void cellsDifferExactlyWhenTheirAttributesDo(@ForAll("rows") Provenance row, @ForAll("texts") Optional<String> a,
      @ForAll("texts") Optional<String> b) {
    assertThat(row.cell(a, Optional.empty(), b).equals(row.cell(b, Optional.empty(), a))).isEqualTo(a.equals(b));
  }

  @Provide
  Arbitrary<Optional<String>> texts() {
    return text();
  }
}
