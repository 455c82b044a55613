package io.github.sitrep.benchmarks;

import java.util.List;

/**
 * Long article-like text for the size series: one headline, then the bodies of the given
 * articles (each without its own headline line) again and again, cut at a word boundary.
 * Every size is made of the same material, so time per character can be compared across
 * sizes.
 */
public final class ArticleLikeText {

  private ArticleLikeText() {}

  /**
   * @param articles articles whose first line is a headline
   * @param chars the length wanted
   * @return text of at most {@code chars} characters, and at least {@code chars} minus the
   *     length of one word
   */
  public static String of(List<String> articles, int chars) {
    StringBuilder sb = new StringBuilder(chars + 4096);
    sb.append("Forces clash along the border as talks stall\n\n");
    for (int i = 0; sb.length() < chars; i = (i + 1) % articles.size()) {
      sb.append(body(articles.get(i))).append("\n\n");
    }
    return cut(sb, chars);
  }

  private static String body(String article) {
    int eol = article.indexOf('\n');
    return (eol < 0 ? article : article.substring(eol + 1)).strip();
  }

  private static String cut(StringBuilder sb, int chars) {
    if (sb.length() <= chars) {
      return sb.toString();
    }
    int end = chars;
    while (end > 0 && !Character.isWhitespace(sb.charAt(end))) {
      end--;
    }
    return sb.substring(0, end);
  }
}
