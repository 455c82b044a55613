package io.github.sitrep.parser.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LayoutAnalyzerTest {

  private static final LayoutAnalyzer ANALYZER = new LayoutAnalyzer();
  private static String seed;
  private static Layout layout;

  @BeforeAll
  static void readSeed() throws IOException {
    seed = Files.readString(Path.of("../seeds/000_d761ccc542c0aeb6.txt"));
    layout = ANALYZER.analyze(seed);
  }

  private static String at(Span span) {
    return seed.substring(span.getStart(), span.getEnd());
  }

  @Test
  void seedHeadlineIsTheFirstLine() {
    assertThat(layout.headline().map(LayoutAnalyzerTest::at))
        .hasValue("Iraqi, Syrian defense forces agree to coordinate border security");
  }

  @Test
  void seedDatelineHasPlaceButNoDateOrAgency() {
    DatelineParts d = layout.dateline().orElseThrow();
    assertThat(at(d.raw())).isEqualTo("ERBIL, Kurdistan Region \u2014");
    assertThat(at(d.place())).isEqualTo("ERBIL, Kurdistan Region");
    assertThat(d.date()).isEmpty();
    assertThat(d.agency()).isEmpty();
  }

  @Test
  void seedHasFifteenBodyParagraphsAndTheDatelineOpensTheFirst() {
    assertThat(layout.paragraphs()).hasSize(15);
    assertThat(at(layout.paragraphs().get(0))).startsWith("ERBIL, Kurdistan Region \u2014 Leaders");
    assertThat(at(layout.paragraphs().get(14))).startsWith("Russian President Vladimir Putin")
        .endsWith("according to Russian state news.");
  }

  @Test
  void seedHasEighteenSentencesAndTheFirstStartsAfterTheDateline() {
    assertThat(layout.sentences()).hasSize(18);
    assertThat(at(layout.sentences().get(0))).startsWith("Leaders from the Iraqi Security");
  }

  @Test
  void ranksAndInitialsDoNotEndTheSentence() {
    List<String> sentences = sentenceTexts();
    assertThat(sentences).contains(
        "The meeting was attended by Iraqi commander Qasim Mohammed Saleh and his assistant "
            + "Gen. Abdul Hussein, as well as members of SDF General Command including Hassan "
            + "Qamishlu and Ankizk Khan.");
    String funk = sentences.stream().filter(s -> s.contains("Funk")).findFirst().orElseThrow();
    assertThat(funk).startsWith("\"While there is still much work").endsWith("said Lt. Gen. Paul E. Funk II.");
    assertThat(sentences.get(sentences.indexOf(funk) + 1))
        .isEqualTo("\"I'm immensely proud of each and every one of you...\"");
  }

  @Test
  void sentenceEndsAfterTheAttributionBeforeTheBracket() {
    assertThat(sentenceTexts()).contains(
        "\"This is an important moment in history...\" said the coalition.",
        "They also announced full control of the border north of the Euphrates.");
  }

  @Test
  void seedUnopenedQuoteRunsFromItsSentenceStart() {
    List<Quote> unopened = layout.quotes().stream().filter(q -> !q.opened())
        .collect(Collectors.toList());
    assertThat(unopened).hasSize(1);
    Quote q = unopened.get(0);
    assertThat(q.closed()).isTrue();
    assertThat(at(q.inner())).startsWith("[Iraqi and Syrian security forces] can finally meet")
        .endsWith("on the run.");
    assertThat(at(q.outer())).endsWith("on the run.\"");
  }

  @Test
  void seedQuotesAreFoundWithTheirMarks() {
    List<String> inner = layout.quotes().stream().map(q -> at(q.inner()))
        .collect(Collectors.toList());
    assertThat(inner).hasSize(9).contains("shook hands", "important moment in history.",
        "This is an important moment in history...",
        "the war against the terrorists of ISIS is now over",
        "I'm immensely proud of each and every one of you...");
    assertThat(layout.quotes()).filteredOn(Quote::opened).allMatch(Quote::closed)
        .allMatch(q -> seed.charAt(q.outer().getStart()) == '"');
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(layout.quotes()).noneMatch(q -> at(q.inner()).startsWith("s "));
    assertThat(layout.quotes()).noneMatch(q -> seed.charAt(q.outer().getStart()) == '\'');
  }

  @Test
  void seedLayoutPassesTheInvariants() {
    LayoutInvariants.check(seed, layout);
  }

  @Test
  void emptyAndBlankTextHaveNoLayout() {
    for (String text : new String[] {"", " ", "\n\n\t \r\n", "\u2028\u00A0"}) {
      Layout l = ANALYZER.analyze(text);
      assertThat(l.headline()).isEmpty();
      assertThat(l.paragraphs()).isEmpty();
      assertThat(l.sentences()).isEmpty();
    }
  }

  @Test
  void singleShortLineIsAHeadline() {
    String text = "Iraqi forces retake border post";
    Layout l = ANALYZER.analyze(text);
    assertThat(l.headline()).hasValue(Span.of(0, text.length()));
    assertThat(l.paragraphs()).isEmpty();
  }

  @Test
  void firstLineThatIsASentenceOrADatelineIsNoHeadline() {
    Layout sentence = ANALYZER.analyze("Forces retook the town on Sunday.\nThey said so.");
    assertThat(sentence.headline()).isEmpty();
    assertThat(sentence.paragraphs()).hasSize(2);
    Layout dated = ANALYZER.analyze("ADEN: Fighting resumed\nMore later");
    assertThat(dated.headline()).isEmpty();
    assertThat(dated.dateline()).isPresent();
  }

  @Test
  void singleLineBreaksSeparateParagraphsToo() {
    String text = "Headline here\nFirst paragraph. Two sentences.\r\nSecond one\n\n\nThird";
    Layout l = ANALYZER.analyze(text);
    assertThat(l.paragraphs()).extracting(s -> text.substring(s.getStart(), s.getEnd()))
        .containsExactly("First paragraph. Two sentences.", "Second one", "Third");
    assertThat(l.sentences()).hasSize(4);
  }

  private static List<String> sentenceTexts() {
    return layout.sentences().stream().map(LayoutAnalyzerTest::at).collect(Collectors.toList());
  }
}
