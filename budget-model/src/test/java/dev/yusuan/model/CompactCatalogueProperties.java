package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any catalogue written in the compact form reads back with the same entries and the same answers. */
class CompactCatalogueProperties {
  @Property(tries = 150)
  void compactFormReadsBackTheSameCatalogue(@ForAll("catalogues") Catalogue c, @ForAll("texts") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Catalogue back = CompactCatalogue.read(CompactCatalogue.write(c, bytes), bytes, c.name());
    assertThat(back.name()).isEqualTo(c.name());
    CatalogueAnswers.assertSameAnswers(back, c, 2008, 2026);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().ofMaxLength(40);
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return entry().list().ofMaxSize(40).map(list -> {
      // one entry per code: entries of one code must not overlap in years
      Map<Code, CatalogueEntry> byCode = new LinkedHashMap<>();
      list.forEach(e -> byCode.putIfAbsent(e.code(), e));
      return Catalogue.builder().name("random").addAll(byCode.values()).build();
    });
  }

  private Arbitrary<CatalogueEntry> entry() {
    Arbitrary<Code> codes = Arbitraries.of(Scheme.values()).flatMap(s -> Arbitraries.of(s.levels())
        .flatMap(level -> Arbitraries.strings().withCharRange('0', '2').ofLength(s.length(level) - 1)
            .map(rest -> Code.parse(s, s.firstDigit() + rest))));
    Arbitrary<String> names = Arbitraries.of("行政运行", "一般行政管理事务", "机关服务", "其他支出", "人大事务",
        "ＡＢ 支出", "教育", "  教 育  ", "医疗卫生与计划生育支出", "x").flatMap(n -> Arbitraries.of(n, n + "（其他）"));
    Arbitrary<Integer> years = Arbitraries.integers().between(2010, 2024);
    Arbitrary<CatalogueEntry.Alias> aliases = Combinators.combine(names, years, Arbitraries.integers().between(0, 5))
        .as((n, from, span) -> new CatalogueEntry.Alias(n, from, from + span));
    return Combinators.combine(codes, names, years.injectNull(0.4), Arbitraries.integers().between(0, 8).injectNull(0.5),
        aliases.list().ofMaxSize(3), Arbitraries.of(CatalogueEntry.Confidence.values()),
        Arbitraries.of("keqiao-2024", "jiangsu-2019", "a.b-c").list().uniqueElements().ofMaxSize(2))
        .as((code, name, from, span, as, conf, sources) -> {
          CatalogueEntry.Builder b = CatalogueEntry.builder().scheme(code.scheme()).code(code).name(name)
              .confidence(conf).addAllAliases(as).addAllSources(sources);
          if (from != null) {
            b.validFrom(from);
          }
          if (span != null) {
            b.validTo((from == null ? 2015 : from) + span);
          }
          return b.build();
        });
  }

  @Property(tries = 500)
  void ofDigitsIsParse(@ForAll Scheme scheme, @ForAll("codeTexts") String text) {
    Code parsed;
    try {
      parsed = Code.parse(scheme, text);
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> Code.ofDigits(scheme, text)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(e.getMessage());
      return;
    }
    Code code = Code.ofDigits(scheme, text);
    assertThat(code).isEqualTo(parsed);
    assertThat(code.level()).isEqualTo(parsed.level());
    assertThat(code.digits()).isEqualTo(parsed.digits());
  }

  @Provide
  Arbitrary<String> codeTexts() {
    return Arbitraries.strings().withChars("0123512 ０x").ofMaxLength(10);
  }
}
