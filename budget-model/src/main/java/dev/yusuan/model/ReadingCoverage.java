package dev.yusuan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How much of a table (or a document) the reader read: the amounts printed in its body and how many
 * of them became facts. Every printed amount not read is a WARNING diagnostic naming its cell.
 *
 * @param amountsPrinted amounts printed in the table region (body cells holding a number)
 * @param amountsRead of those, the cells that became at least one fact
 */
public record ReadingCoverage(int amountsPrinted, int amountsRead) {
  /** Share below which a table counts as not read completely (95 %). */
  public static final BigDecimal THRESHOLD = new BigDecimal("0.95");

  /**
   * Checks the counts.
   *
   * @param amountsPrinted amounts printed in the table region
   * @param amountsRead of those, the cells that became at least one fact
   * @throws IllegalArgumentException when a count is negative or more amounts were read than printed
   */
  public ReadingCoverage {
    if (amountsPrinted < 0 || amountsRead < 0 || amountsRead > amountsPrinted) {
      throw new IllegalArgumentException("coverage " + amountsRead + "/" + amountsPrinted);
    }
  }

  /** {@return the share read, amounts read / amounts printed, rounded down to four decimals; 1 for a
   * table that prints no amount} */
  public BigDecimal ratio() {
    return amountsPrinted == 0 ? BigDecimal.ONE : BigDecimal.valueOf(amountsRead)
        .divide(BigDecimal.valueOf(amountsPrinted), 4, RoundingMode.DOWN);
  }

  /** {@return whether at least {@link #THRESHOLD} of the printed amounts were read} */
  public boolean isAdequate() {
    return ratio().compareTo(THRESHOLD) >= 0;
  }

  /** {@return the number of amounts printed but not read} */
  public int unread() {
    return amountsPrinted - amountsRead;
  }

  /**
   * The coverage of several tables together: the sums of their counts. Tables without a coverage
   * (none was measured for them) are left out.
   *
   * @param tables the tables, in any order
   * @return the summed coverage; {@code 0/0} (ratio 1) when no table states one
   */
  public static ReadingCoverage total(Collection<DisclosureTable> tables) {
    int p = 0;
    int r = 0;
    for (DisclosureTable t : tables) {
      if (t.coverage().isPresent()) {
        p += t.coverage().get().amountsPrinted();
        r += t.coverage().get().amountsRead();
      }
    }
    return new ReadingCoverage(p, r);
  }

  /** {@return the coverage for people, e.g. {@code 123/130 (94.6%)} (percent rounded down)} */
  public String describe() {
    return amountsRead + "/" + amountsPrinted + " (" + ratio().movePointRight(2)
        .setScale(1, RoundingMode.DOWN).toPlainString() + "%)";
  }
}
