package dev.yusuan.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.json.GeneratedDocuments;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** model → CSV → facts is the identity; the csv reader rebuilds the minimal document. */
class CsvFormatProperties {
  @Provide
  Arbitrary<BudgetDocument> documents() {
    return GeneratedDocuments.documents();
  }

  @Property(tries = 200)
  void csvRoundTripOfFactsIsIdentity(@ForAll("documents") BudgetDocument doc) throws IOException {
    StringBuilder csv = new StringBuilder();
    CsvFacts.write(doc, csv);
    CsvFacts.Result r = CsvFacts.read(new StringReader(csv.toString()), "x.csv");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.facts()).isEqualTo(doc.facts());
    assertThat(r.facts().stream().map(f -> f.amount().format()).toList())
        .isEqualTo(doc.facts().stream().map(f -> f.amount().format()).toList());
  }

  @Property(tries = 100)
  void csvReaderRebuildsTheMinimalDocument(@ForAll("documents") BudgetDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvDocumentWriter().write(doc, out);
    BudgetDocument back = new CsvDocumentReader().read(new ByteArrayInputStream(out.toByteArray()), "x.csv");
    assertThat(back.facts()).isEqualTo(doc.facts());
    if (!doc.facts().isEmpty()) {
      assertThat(back.source()).isEqualTo(doc.source());
      assertThat(back.department().name()).isEqualTo(doc.department().name());
      assertThat(back.year()).isEqualTo(doc.year());
      assertThat(back.kind()).isEqualTo(doc.kind());
      assertThat(back.unit()).isEqualTo(doc.unit());
      assertThat(back.diagnostics()).isEmpty();
    }
  }

  @Property(tries = 100)
  void everyRowHasEveryColumn(@ForAll("documents") BudgetDocument doc) {
    for (Fact f : doc.facts()) {
      List<String> row = CsvFacts.row(f, doc);
      assertThat(row).hasSize(CsvFacts.HEADER.size());
    }
  }
}
