package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** CodeLevel and parent laws of classification codes. */
class CodeProperties {
  @Provide
  Arbitrary<Code> codes() {
    return Arbitraries.of(Scheme.values()).flatMap(s -> Arbitraries.of(s.levels()).flatMap(level ->
        Arbitraries.strings().numeric().ofLength(s.length(level) - 1)
            .map(rest -> Code.parse(s, s.firstDigit() + rest))));
  }

  @Property(tries = 300)
  void parentIsOneLevelUpAndAPrefix(@ForAll("codes") Code c) {
    Optional<Code> p = c.parent();
    assertThat(p.isEmpty()).isEqualTo(c.level() == CodeLevel.CLASS);
    p.ifPresent(parent -> {
      assertThat(parent.level().ordinal()).isEqualTo(c.level().ordinal() - 1);
      assertThat(c.digits()).startsWith(parent.digits());
      assertThat(parent.digits()).hasSize(c.scheme().length(parent.level()));
      assertThat(parent.scheme()).isEqualTo(c.scheme());
      assertThat(parent.isAncestorOf(c)).isTrue();
      assertThat(parent).isLessThan(c);
    });
  }

  @Property(tries = 300)
  void ancestorChainEndsAtClassAndMatchesIsAncestorOf(@ForAll("codes") Code c, @ForAll("codes") Code other) {
    List<Code> chain = new ArrayList<>();
    for (Optional<Code> p = c.parent(); p.isPresent(); p = p.get().parent()) {
      chain.add(p.get());
    }
    assertThat(chain).hasSize(c.level().ordinal());
    if (!chain.isEmpty()) {
      assertThat(chain.get(chain.size() - 1).level()).isEqualTo(CodeLevel.CLASS);
    }
    for (Code a : chain) {
      assertThat(c.ancestor(a.level())).contains(a);
    }
    assertThat(c.ancestor(c.level())).contains(c);
    // isAncestorOf(other) ⟺ this code is in other's parent chain
    List<Code> otherChain = new ArrayList<>();
    for (Optional<Code> p = other.parent(); p.isPresent(); p = p.get().parent()) {
      otherChain.add(p.get());
    }
    assertThat(c.isAncestorOf(other)).isEqualTo(otherChain.contains(c));
    assertThat(c.isAncestorOf(c)).isFalse();
  }

  @Property(tries = 200)
  void parseIsCanonicalAndRejectsWrongLengths(@ForAll("codes") Code c, @ForAll Scheme s) {
    assertThat(Code.parse(c.scheme(), " " + c.digits().substring(0, 1) + " " + c.digits().substring(1)))
        .isEqualTo(c).hasSameHashCodeAs(c);
    String digits = c.digits();
    boolean valid = s.firstDigit() == digits.charAt(0)
        && s.levels().stream().anyMatch(l -> s.length(l) == digits.length());
    assertThat(Code.tryParse(s, digits).isPresent()).isEqualTo(valid);
    assertThatThrownBy(() -> Code.parse(c.scheme(), digits + "0")).isInstanceOf(IllegalArgumentException.class);
  }
}
