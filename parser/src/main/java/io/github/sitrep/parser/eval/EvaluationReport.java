package io.github.sitrep.parser.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of a parser over a set of articles: micro-averaged totals per kind (counts summed
 * over all articles, then precision, recall and F1 computed once), and each article's own
 * evaluation with its misses and false finds.
 *
 * <pre>{@code
 * EvaluationReport report = evaluator.evaluate(Path.of("seeds/dev"));
 * double personsF1 = report.total(ScoreKind.PERSONS).f1();
 * System.out.println(report.toTable());
 * }</pre>
 *
 * @param articles the evaluation of each article, in file-name order
 */
public record EvaluationReport(List<ArticleEvaluation> articles) {

  /** Copies the list. */
  public EvaluationReport {
    articles = List.copyOf(articles);
  }

  /**
   * @param kind a kind
   * @return its counts summed over all articles
   */
  public Score total(ScoreKind kind) {
    return articles.stream().map(a -> a.score(kind)).reduce(Score.ZERO, Score::plus);
  }

  /**
   * @param kind a kind
   * @return its cases summed over all articles
   */
  public Accuracy total(AccuracyKind kind) {
    return articles.stream().map(a -> a.accuracy(kind)).reduce(Accuracy.ZERO, Accuracy::plus);
  }

  /**
   * Renders the totals as a plain-text table (kind, tp, fp, fn, P, R, F1; then each accuracy
   * with its counts), followed by each article's misses ({@code -}) and false finds
   * ({@code +}) per kind.
   *
   * @return the table, lines separated by {@code \n}
   */
  public String toTable() {
    StringBuilder out = new StringBuilder(totalsTable());
    articles.forEach(a -> appendArticle(out, a));
    return out.toString();
  }

  /**
   * Renders the totals only, as the first part of {@link #toTable()}.
   *
   * @return the table of totals, lines separated by {@code \n}
   */
  public String totalsTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d articles\n", articles.size()));
    out.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %6s %6s %6s\n",
        "kind", "tp", "fp", "fn", "P", "R", "F1"));
    for (ScoreKind k : ScoreKind.values()) {
      Score s = total(k);
      out.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %6.3f %6.3f %6.3f\n",
          k.label(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
    }
    out.append(String.format(Locale.ROOT, "%-20s %11s %5s %6s\n", "accuracy", "right", "of", "acc"));
    for (AccuracyKind k : AccuracyKind.values()) {
      Accuracy a = total(k);
      out.append(String.format(Locale.ROOT, "%-20s %11d %5d %6.3f\n",
          k.label(), a.correct(), a.total(), a.value()));
    }
    return out.toString();
  }

  private static void appendArticle(StringBuilder out, ArticleEvaluation a) {
    out.append("\n").append("== ").append(a.id()).append("\n");
    for (ScoreKind k : ScoreKind.values()) {
      appendLines(out, k, "-", a.misses());
      appendLines(out, k, "+", a.falseFinds());
    }
  }

  private static void appendLines(StringBuilder out, ScoreKind k, String sign,
      Map<ScoreKind, List<String>> lines) {
    for (String line : lines.get(k)) {
      out.append("  ").append(sign).append(' ').append(k.label()).append(": ").append(line)
          .append("\n");
    }
  }
}
