package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import org.junit.jupiter.api.Test;

class TextWriterTest {
  @Test
  void keqiaoRoundTrip() {
    BudgetDocument a = Keqiao.read();
    String text = new TextWriter().render(a);
    BudgetDocument b = new TextReader().read(text, Keqiao.SOURCE);
    assertThat(RoundTrip.tables(b)).containsExactlyElementsOf(RoundTrip.tables(a));
    assertThat(RoundTrip.facts(b)).containsExactlyElementsOf(RoundTrip.facts(a));
    assertThat(RoundTrip.claims(b)).containsExactlyElementsOf(RoundTrip.claims(a));
    assertThat(RoundTrip.targets(b)).containsExactlyElementsOf(RoundTrip.targets(a));
    assertThat(RoundTrip.sections(b)).containsExactlyElementsOf(RoundTrip.sections(a));
    assertThat(b.contents()).isEqualTo(a.contents());
    assertThat(b.department()).isEqualTo(a.department());
    assertThat(b.budgetUnits()).isEqualTo(a.budgetUnits());
    assertThat(b.projects()).isEqualTo(a.projects());
    assertThat(b.region()).isEqualTo(a.region());
    assertThat(b.year()).isEqualTo(a.year());
    // the written form has no repeated rows left
    assertThat(b.diagnostics()).noneMatch(d -> d.code().equals("text.repeated-row"));
  }

  @Test
  void registeredAsWriter() {
    assertThat(BudgetIo.writer("text")).get().isInstanceOf(TextWriter.class);
  }
}
