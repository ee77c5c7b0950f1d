package dev.yusuan.io.xlsx.internal;

/**
 * Escapes text for OOXML cells the way Excel does: characters XML 1.0 cannot hold (and carriage
 * returns, which XML parsers fold) as {@code _xHHHH_}, and a literal {@code _xHHHH_} by escaping its
 * underscore ({@code _x005F_}), so that every Java string survives a write and read.
 */
public final class XmlText {
  private XmlText() {}

  public static String encode(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = null;
      if (needsEscape(s, i)) {
        rep = String.format("_x%04X_", (int) c);
      } else if (c == '_' && looksEscaped(s, i)) {
        rep = "_x005F_";
      }
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  public static String decode(String s) {
    if (s.indexOf("_x") < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (looksEscaped(s, i)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 6;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c == '\t' || c == '\n') {
      return false;
    }
    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  private static boolean looksEscaped(String s, int i) {
    if (i + 7 > s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
