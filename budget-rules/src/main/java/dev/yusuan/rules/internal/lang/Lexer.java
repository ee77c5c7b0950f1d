package dev.yusuan.rules.internal.lang;

import dev.yusuan.rules.RuleSyntaxException;
import java.util.ArrayList;
import java.util.List;

/** Splits a {@code .rules} text into tokens with line and column; {@code #} starts a comment. */
final class Lexer {
  enum Kind { WORD, NUMBER, STRING, SYMBOL, EOF }

  record Token(Kind kind, String text, int line, int column, int offset, int end) {
    boolean is(String s) {
      return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(s);
    }

    @Override
    public String toString() {
      return kind == Kind.EOF ? "end of file" : kind == Kind.STRING ? "\"" + text + "\"" : "'" + text + "'";
    }
  }

  private static final String SYMBOLS = "+-*/×÷(){},=<>≤≥:[]";

  static List<Token> lex(String source, String text) {
    List<Token> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        i++;
        lineStart = i;
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u3000') {
        i++;
        continue;
      }
      int col = i - lineStart + 1;
      if (c == '#') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '"' || c == '“') {
        char close = c == '"' ? '"' : '”';
        StringBuilder b = new StringBuilder();
        int start = i;
        i++;
        while (true) {
          if (i >= n || text.charAt(i) == '\n') {
            throw new RuleSyntaxException(source, line, col, "unterminated string / 字符串缺少结束引号");
          }
          char d = text.charAt(i);
          if (d == '\\' && i + 1 < n) {
            b.append(text.charAt(i + 1));
            i += 2;
            continue;
          }
          if (d == close) {
            i++;
            break;
          }
          b.append(d);
          i++;
        }
        out.add(new Token(Kind.STRING, b.toString(), line, col, start, i));
        continue;
      }
      if (c >= '0' && c <= '9') {
        int start = i;
        while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        // a word that starts with digits (e.g. 3rd) is a word
        if (i < n && isWordChar(text.charAt(i))) {
          while (i < n && isWordChar(text.charAt(i))) {
            i++;
          }
          out.add(new Token(Kind.WORD, text.substring(start, i), line, col, start, i));
        } else {
          out.add(new Token(Kind.NUMBER, text.substring(start, i), line, col, start, i));
        }
        continue;
      }
      if (c == '<' || c == '>' || c == '=') {
        int start = i;
        String s = String.valueOf(c);
        if (i + 1 < n && text.charAt(i + 1) == '=') {
          s += "=";
          i++;
        }
        i++;
        s = switch (s) {
          case "<=" -> "≤";
          case ">=" -> "≥";
          case "==" -> "=";
          default -> s;
        };
        out.add(new Token(Kind.SYMBOL, s, line, col, start, i));
        continue;
      }
      if (SYMBOLS.indexOf(c) >= 0) {
        String s = switch (c) {
          case '×' -> "*";
          case '÷' -> "/";
          default -> String.valueOf(c);
        };
        out.add(new Token(Kind.SYMBOL, s, line, col, i, i + 1));
        i++;
        continue;
      }
      if (isWordChar(c)) {
        int start = i;
        while (i < n && (isWordChar(text.charAt(i))
            || text.charAt(i) == '-' && i + 1 < n && isWordChar(text.charAt(i + 1)))) {
          i++;
        }
        out.add(new Token(Kind.WORD, text.substring(start, i), line, col, start, i));
        continue;
      }
      throw new RuleSyntaxException(source, line, col, "unexpected character '" + c + "' / 无法识别的字符");
    }
    out.add(new Token(Kind.EOF, "", line, i - lineStart + 1, n, n));
    return out;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.'
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
