package io.github.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sitrep.model.Article;
import org.junit.jupiter.api.Test;

class ArticleSummaryTest {

  @Test
  void digestNamesPeopleForcesPlacesStatementsAndEvents() {
    String summary = ArticleSummary.of(SampleArticle.build());

    assertThat(summary.lines()).containsSubsequence(
        "Militants attack army post near Tal Afar",
        "id sample-1 | published 2024-03-12 | Test Wire",
        "People (1)",
        "  - Colonel Ahmed Karim [Iraqi Army]",
        "Forces (2)",
        "  - Islamic State (ISIS): terrorist; also ISIS",
        "  - Iraqi Army: state, IQ",
        "Places (3)",
        "  - Tal Afar: city, IQ, in Nineveh",
        "Who said what (1)",
        "  - Ahmed Karim told [to reporters] (direct): \"We pushed them back,\"",
        "Events (2)",
        "  - 2024-03-10 ATTACK \"attacked\" (happened): Islamic State [agent], Iraqi Army [target]"
            + " at Tal Afar; killed 11",
        "  - (no date) DEPLOY \"deploy\" (intended): Iraqi Army [agent]");
  }

  @Test
  void anAcronymThatIsTheNameIsNotRepeated() {
    String text = "ISIS";
    Article article = Article.builder().id("a").text(text)
        .addForce(io.github.sitrep.model.Force.builder().id("isis").name("ISIS").acronym("ISIS")
            .kind(io.github.sitrep.model.ForceKind.TERRORIST)
            .addMention(io.github.sitrep.model.Mention.in(text, 0, 4)).build())
        .build();

    assertThat(ArticleSummary.of(article).lines()).contains("  - ISIS: terrorist");
  }

  @Test
  void anEmptyArticleStillHasEverySection() {
    String summary = ArticleSummary.of(Article.builder().id("x").text("").build());

    assertThat(summary).startsWith("(no headline)\nid x\n").contains("People (0)").contains("Events (0)");
  }

  @Test
  void longQuotesAreCut() {
    String quote = "a".repeat(300);
    assertThat(ArticleSummaryTest.quoteOf(quote)).hasSize(ArticleSummary.MAX_QUOTE + 2).endsWith("\u2026\"");
  }

  @Test
  void nullIsRefusedByName() {
    assertThatNullPointerException().isThrownBy(() -> ArticleSummary.of(null)).withMessage("article");
  }

  private static String quoteOf(String words) {
    String text = "T\n\n" + words;
    Article article = Article.builder().id("q").text(text)
        .addStatement(io.github.sitrep.model.Statement.builder().id("s").speakerUnknown(true)
            .content(io.github.sitrep.model.Mention.in(text, 3, text.length()))
            .mode(io.github.sitrep.model.StatementMode.DIRECT).build())
        .build();
    String line = ArticleSummary.of(article).lines().filter(l -> l.startsWith("  - (unknown"))
        .findFirst().orElseThrow();
    return line.substring(line.indexOf('"'));
  }
}
