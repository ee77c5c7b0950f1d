package dev.yusuan.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.Fact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** model → JSON → model is the identity, and every written file is valid against the schema. */
class JsonFormatProperties {
  @Provide
  Arbitrary<BudgetDocument> documents() {
    return GeneratedDocuments.documents();
  }

  @Property(tries = 200)
  void jsonRoundTripIsIdentity(@ForAll("documents") BudgetDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonDocumentWriter().write(doc, out);
    BudgetDocument back = new JsonDocumentReader().read(new ByteArrayInputStream(out.toByteArray()),
        "ignored-source-name");
    assertThat(back).isEqualTo(doc);
    assertSamePrinting(doc, back);
  }

  @Property(tries = 100)
  void writtenJsonIsValidAgainstTheSchema(@ForAll("documents") BudgetDocument doc) {
    String json = JsonFormat.toJson(doc);
    assertThat(SchemaCheck.validate(json)).isEmpty();
  }

  @Property(tries = 100)
  void writingIsStable(@ForAll("documents") BudgetDocument doc) {
    String json = JsonFormat.toJson(doc);
    assertThat(JsonFormat.toJson(JsonFormat.fromJson(json, "x"))).isEqualTo(json);
  }

  /** Amount equality ignores how a number was printed; the formats keep it anyway. */
  static void assertSamePrinting(BudgetDocument a, BudgetDocument b) {
    assertThat(printed(b.facts())).isEqualTo(printed(a.facts()));
    assertThat(b.claims().stream().map(GeneratedPrinting::claim).toList())
        .isEqualTo(a.claims().stream().map(GeneratedPrinting::claim).toList());
  }

  static List<String> printed(List<Fact> facts) {
    return facts.stream().map(f -> f.amount().format()).toList();
  }

  /** The printed forms of a claim's amounts. */
  static final class GeneratedPrinting {
    static String claim(Claim c) {
      return c.amount().map(x -> x.format()).orElse("") + "|" + c.delta().map(x -> x.format()).orElse("");
    }
  }
}
