package dev.yusuan.rules.internal;

import dev.yusuan.model.Claim;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FactKey;
import java.util.List;

/**
 * Map keys for a fact key with a qualifier that are equal exactly when the text keys
 * {@code key + "|" + qualifier} the narrative checks grouped by are, without writing that text for
 * each claim when the document allows it. The text of a fact key ({@code CONCEPT{DIM=member,…}})
 * names one key when no member holds {@code ,} or {@code =}; a qualifier (an enum, a sorted set of
 * dimensions) holds no {@code }}, so the text is cut back into key and qualifier at its last
 * {@code }|}. So when every key involved is plain, the pair of values is an exact key; otherwise the
 * text is used, as before.
 */
final class TextKeys {
  private final boolean plain;

  private TextKeys(boolean plain) {
    this.plain = plain;
  }

  /**
   * Keys for a check whose fact keys are those of these claims (their coordinates and wholes), or
   * derived from them by setting members of enum names.
   */
  static TextKeys of(List<Claim> claims) {
    for (Claim c : claims) {
      if (!plain(c.coordinates()) || c.whole().isPresent() && !plain(c.whole().get())) {
        return new TextKeys(false);
      }
    }
    return new TextKeys(true);
  }

  /** Whether no member holds a character of the text form's separators ({@code ,} and {@code =}). */
  static boolean plain(Coordinates c) {
    for (FactDimension d : c.dimensions()) {
      String m = c.getOrNull(d);
      if (m.indexOf(',') >= 0 || m.indexOf('=') >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The key of {@code key} qualified by {@code qualifier}: equal exactly when the texts are. */
  Object key(FactKey key, Object qualifier) {
    return plain ? new Pair(key, qualifier) : key + "|" + qualifier;
  }

  private record Pair(FactKey key, Object qualifier) {}
}
