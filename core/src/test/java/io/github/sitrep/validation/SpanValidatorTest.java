package io.github.sitrep.validation;

import static io.github.sitrep.validation.ValidationTesting.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.testing.SmallArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanValidatorTest {

  private final SpanValidator validator = new SpanValidator();
  private final Article small = SmallArticle.build();
  private final int length = small.getText().length();

  @Test
  void smallArticleSpansFit() {
    assertThat(found(validator, small)).isEmpty();
  }

  @Test
  void spansPastTheEndOfTheText() {
    List<Span> paragraphs = new ArrayList<>(small.getParagraphs());
    paragraphs.add(Span.of(length - 2, length + 1));
    List<Force> forces = new ArrayList<>(small.getForces());
    forces.set(2, Force.builder().from(forces.get(2))
        .addMention(Mention.of(Span.of(length, length + 5), "Hills")).build());
    Article article = Article.builder().from(small).paragraphs(paragraphs).forces(forces).build();

    assertThat(found(validator, article)).containsExactly("span.outside-text@paragraphs[3]",
        "span.outside-text@forces[2].mentions[1]");
  }

  @Test
  void spanAtTheVeryEndIsInside() {
    Article article = Article.builder().from(small)
        .addParagraph(Span.of(length, length)).build();
    assertThat(found(validator, article)).isEmpty();
  }

  @Test
  void mentionWhoseTextIsNotTheTextAtItsSpan() {
    Mention headline = small.getHeadline().get();
    Article article = Article.builder().from(small)
        .headline(Mention.of(headline.getSpan(), "Army and hill brigade agree truce near Kárvan"))
        .build();
    List<Issue> issues = ValidatorSet.empty().with("s", validator).validate(article).getIssues();
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.getCode() + "@" + i.getPath()).isEqualTo("span.text-mismatch@headline");
      assertThat(i.getSpan()).contains(headline.getSpan());
      assertThat(i.getMessage())
          .isEqualTo("says '...uce near Kárvan' but the text there is '...uce near Karvan'");
    });
  }

  @Test
  void datelineAndDateTextsAreChecked() {
    Dateline dateline = Dateline.builder().from(small.getDateline().get())
        .raw(Mention.of(small.getDateline().get().getRaw().getSpan(), "HARVAN, Eastern Province —"))
        .build();
    Event e1 = small.getEvents().get(0);
    TimeExpression longer = TimeExpression.builder().from(e1.getDate().get())
        .text("on Tuesday,").build();
    List<Event> events = List.of(Event.builder().from(e1).date(longer).build(), small.getEvents().get(1));
    Article article = Article.builder().from(small).dateline(dateline).events(events).build();

    assertThat(found(validator, article)).containsExactly("span.text-mismatch@dateline.raw",
        "span.text-mismatch@events[0].date.span");
  }
}
