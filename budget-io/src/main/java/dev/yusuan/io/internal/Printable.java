package dev.yusuan.io.internal;

/**
 * Document text made safe for a terminal: control characters (C0 but tab, DEL, C1: ESC starts the
 * escape sequences that move the cursor, recolour, retitle or hyperlink a terminal, BEL rings it) and
 * bidirectional overrides (which reorder what is shown) become visible escapes such as {@code \x1B} or
 * {@code \u202E}; line breaks become spaces, so one label cannot forge report lines.
 */
public final class Printable {
  private Printable() {}

  public static String of(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = replacement(c);
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  private static String replacement(char c) {
    if (c == '\t') {
      return null;
    }
    if (c == '\n' || c == '\r') {
      return " ";
    }
    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
      return String.format("\\x%02X", (int) c);
    }
    if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
        || c == 0x061C) {
      return String.format("\\u%04X", (int) c);
    }
    return null;
  }
}
