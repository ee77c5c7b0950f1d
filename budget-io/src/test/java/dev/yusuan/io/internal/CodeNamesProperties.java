package dev.yusuan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Code;
import dev.yusuan.model.Scheme;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link CodeNames#ofScheme} is the stream filter it replaces: the same codes, in the same order. */
class CodeNamesProperties {
  @Provide
  Arbitrary<List<Code>> codes() {
    Arbitrary<Code> code = Arbitraries.of(Scheme.values()).flatMap(s -> Arbitraries.integers()
        .between(0, 99).map(n -> Code.parse(s, s.firstDigit() + String.format("%02d", n))));
    return code.list().ofMaxSize(6);
  }

  @Property(tries = 500)
  void ofSchemeIsTheFilter(@ForAll("codes") List<Code> codes, @ForAll Scheme scheme) {
    assertThat(CodeNames.ofScheme(codes, scheme))
        .containsExactlyElementsOf(codes.stream().filter(c -> c.scheme() == scheme).toList());
  }
}
