package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The checked-in compact form of the bundled catalogue ({@code catalogue.bin}) is the one made from
 * the text ({@code catalogue.tsv}), and {@link Catalogue#standard()} loaded from it answers every
 * lookup as the catalogue parsed from the text does. After editing the text, regenerate the compact
 * form with {@code mvn -B -o -q -pl budget-model -am test -Dtest=CompactCatalogueTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dyusuan.catalogue.regenerate=true}.
 */
class CompactCatalogueTest {
  private static final byte[] TEXT = Catalogue.resource(Catalogue.RESOURCE);
  private static final Catalogue FROM_TEXT = Catalogue.parseText(TEXT);

  @Test
  void checkedInCompactFormIsTheOneMadeFromTheText() throws IOException {
    byte[] made = CompactCatalogue.write(FROM_TEXT, TEXT);
    byte[] shipped = Catalogue.resource(Catalogue.COMPACT_RESOURCE);
    if (Boolean.getBoolean("yusuan.catalogue.regenerate") && !Arrays.equals(made, shipped)) {
      Files.write(Path.of("src/main/resources" + Catalogue.COMPACT_RESOURCE), made);
      return;
    }
    assertThat(shipped).as("catalogue.bin is stale: regenerate it (see this test's comment)").isEqualTo(made);
  }

  @Test
  void standardIsLoadedFromTheCompactFormAndEqualsTheText() {
    Catalogue compact = CompactCatalogue.read(Catalogue.resource(Catalogue.COMPACT_RESOURCE), TEXT,
        Catalogue.BUNDLED);
    assertThat(compact).as("the compact form matches the text's CRC").isNotNull();
    assertThat(Catalogue.standard().entries()).isEqualTo(FROM_TEXT.entries());
    CatalogueAnswers.assertSameAnswers(Catalogue.standard(), FROM_TEXT, 1990, 2040);
    assertThat(Catalogue.standard().name()).isEqualTo(FROM_TEXT.name()).isEqualTo(Catalogue.BUNDLED);
    assertThat(Catalogue.standard().isBundled()).isTrue();
  }

  @Test
  void aCompactFormOfAnotherTextIsNotUsed() {
    byte[] compact = CompactCatalogue.write(FROM_TEXT, TEXT);
    byte[] edited = (new String(TEXT, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(CompactCatalogue.read(compact, edited, Catalogue.BUNDLED)).isNull();
    assertThat(CompactCatalogue.read(compact, TEXT, Catalogue.BUNDLED).entries()).isEqualTo(FROM_TEXT.entries());
  }

  @Test
  void aDamagedCompactFormIsRejected() {
    byte[] compact = CompactCatalogue.write(FROM_TEXT, TEXT);
    for (int cut : new int[] {0, 7, 12, compact.length / 2, compact.length - 1}) {
      assertThatThrownBy(() -> CompactCatalogue.read(Arrays.copyOf(compact, cut), TEXT, "x"))
          .as("cut at %d", cut).isInstanceOf(IllegalArgumentException.class);
    }
    byte[] longer = Arrays.copyOf(compact, compact.length + 1);
    assertThatThrownBy(() -> CompactCatalogue.read(longer, TEXT, "x")).isInstanceOf(IllegalArgumentException.class);
    byte[] notOne = compact.clone();
    notOne[0] = 'X';
    assertThatThrownBy(() -> CompactCatalogue.read(notOne, TEXT, "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
