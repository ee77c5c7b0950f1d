package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path of {@link Names#normalize} gives what the full normalisation gives. */
class NamesProperties {
  @Property(tries = 200)
  void normalizeEqualsTheFullNormalisation(@ForAll("printed") String s) {
    assertThat(Names.normalize(s)).isEqualTo(Names.normalizeFully(s));
    assertThat(Names.key(s)).doesNotContain(" ");
  }

  /** {@link Names#key} folds in one pass what it did as normalize, then remove the spaces. */
  @Property(tries = 300)
  void keyIsTheFullNormalisationWithoutSpaces(@ForAll("printed") String s) {
    assertThat(Names.key(s)).isEqualTo(Names.normalizeFully(s).replace(" ", ""));
    assertThat(Names.key(new StringBuilder(s))).isEqualTo(Names.key(s));
    assertThat(Names.normalize(new StringBuilder(s))).isEqualTo(Names.normalizeFully(s));
  }

  @Property(tries = 100)
  void normalizeIsIdempotent(@ForAll("printed") String s) {
    String once = Names.normalize(s);
    assertThat(Names.normalize(once)).isEqualTo(once);
    assertThat(Names.isNormal(once)).as("normal text %s takes the fast path or is exotic", once)
        .isEqualTo(once.chars().allMatch(c -> c == ' ' || Names.stable((char) c)));
  }

  /** Text as printed: ideographs, ASCII, full-width forms, spaces of every kind, quotes, radicals. */
  @Provide
  Arbitrary<String> printed() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range('\u4E00', '\u9FFF'),
        Arbitraries.chars().range(' ', '~'),
        Arbitraries.chars().range('\uFF01', '\uFF5E'),
        Arbitraries.of(' ', ' ', '\u3000', '\t', '\n', '\u00A0', '、', '。', '《', '》', '【', '】', '“', '”', '「',
            '」', '—', '\u2ED4', '‘', '’', '\u2013', '\u2015', '\u2212', '\r', '\f', '\u000B', '\u2ECB', '≥', '≤', '〔', '·', '\u0338', '\u0301', '\u3400', '\uF900', '\u2F00'));
    return chars.list().ofMaxSize(30).map(l -> {
      StringBuilder b = new StringBuilder();
      l.forEach(b::append);
      return b.toString();
    });
  }
}
