package dev.yusuan.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.csv.CsvFacts;
import dev.yusuan.io.internal.Printable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** CSV formula protection round-trips exactly; terminal text keeps no control character. */
class EscapingProperties {
  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.strings().withChars("=+-@'\t\r\n\u001b\u0007\u009b\u202e 0123456789.,ab预算")
        .ofMaxLength(12);
  }

  @Property
  void csvProtectionRoundTripsAndNeverStartsAFormula(@ForAll("hostile") String s) {
    String p = CsvFacts.protect(s);
    assertThat(CsvFacts.unprotect(p)).isEqualTo(s);
    if (!p.isEmpty() && "=+-@\t\r".indexOf(p.charAt(0)) >= 0) {
      assertThat(p).as("only plain numbers may start with a sign").matches("[-+]?[0-9][0-9,]*(\\.[0-9]+)?");
    }
  }

  @Property
  void printableTextHasNoControlCharacters(@ForAll("hostile") String s) {
    String p = Printable.of(s);
    assertThat(p.chars().filter(c -> c != '\t' && (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x202e)))
        .isEmpty();
  }
}
