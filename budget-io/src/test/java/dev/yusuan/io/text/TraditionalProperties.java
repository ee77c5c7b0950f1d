package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.internal.Traditional;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The traditional → simplified table: one character for one, idempotent, inverse of simplified text. */
class TraditionalProperties {
  /** Simplified text to traditional, through the table (the first traditional form of each). */
  static String traditional(String simplified) {
    Map<Character, Character> inverse = new HashMap<>();
    for (int i = 0; i < Traditional.SIMPLIFIED.length(); i++) {
      inverse.putIfAbsent(Traditional.SIMPLIFIED.charAt(i), Traditional.TRADITIONAL.charAt(i));
    }
    StringBuilder b = new StringBuilder(simplified.length());
    for (char c : simplified.toCharArray()) {
      b.append(inverse.getOrDefault(c, c));
    }
    return b.toString();
  }

  @Provide
  Arbitrary<String> mixed() {
    return Arbitraries.strings().withChars((Traditional.TRADITIONAL + Traditional.SIMPLIFIED + "年度 1234.56万元：（）")
        .toCharArray()).ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> simplified() {
    return Arbitraries.of(TextDecodingProperties.WORDS).list().ofMaxSize(100).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void simplifyingKeepsLengthAndIsIdempotent(@ForAll("mixed") String s) {
    Traditional.Simplified once = Traditional.simplify(s);
    assertThat(once.text()).hasSameSizeAs(s);
    assertThat(Traditional.simplify(once.text()).text()).isEqualTo(once.text());
    assertThat(Traditional.simplify(once.text()).converted()).isZero();
    long traditional = s.chars().filter(c -> Traditional.TRADITIONAL.indexOf(c) >= 0).count();
    assertThat(once.converted()).isEqualTo(traditional);
  }

  @Property(tries = 200)
  void traditionalBudgetTextReadsAsTheSimplified(@ForAll("simplified") String s) {
    assertThat(Traditional.simplify(s).converted()).as("simplified text is left alone").isZero();
    assertThat(Traditional.simplify(traditional(s)).text()).isEqualTo(s);
  }
}
