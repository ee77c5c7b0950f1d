package dev.yusuan.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.json.GeneratedDocuments;
import dev.yusuan.model.BudgetDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** model → xlsx → model is the identity (few tries: POI is slow). */
class XlsxFormatProperties {
  @Provide
  Arbitrary<BudgetDocument> documents() {
    return GeneratedDocuments.documents();
  }

  @Property(tries = 20)
  void xlsxRoundTripIsIdentity(@ForAll("documents") BudgetDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxDocumentWriter().write(doc, out);
    BudgetDocument back = new XlsxDocumentReader().read(new ByteArrayInputStream(out.toByteArray()), "x.xlsx");
    assertThat(back).isEqualTo(doc);
    assertThat(back.facts().stream().map(f -> f.amount().format()).toList())
        .isEqualTo(doc.facts().stream().map(f -> f.amount().format()).toList());
  }
}
