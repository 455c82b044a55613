package io.github.sitrep.parser.eval;

import static io.github.sitrep.parser.eval.Articles.TEXT;
import static io.github.sitrep.parser.eval.Articles.force;
import static io.github.sitrep.parser.eval.Articles.organisation;
import static io.github.sitrep.parser.eval.Articles.person;
import static io.github.sitrep.parser.eval.Articles.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.ImmutableArticle;
import io.github.sitrep.model.ImmutableEvent;
import io.github.sitrep.model.ImmutableStatement;
import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.CountQualifier;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.StatementMode;
import io.github.sitrep.model.TimeExpression;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final String ENTITIES = "{"
      + "\"persons\": [{\"name\": \"Haider al-Abadi\", \"aliases\": [\"Abadi\"], \"title\": \"Prime Minister\"},"
      + "              {\"name\": \"Bashar al-Assad\", \"title\": \"President\"}],"
      + "\"forces\": [{\"name\": \"Islamic State\", \"aliases\": [\"ISIS\"], \"kind\": \"terrorist\"},"
      + "             {\"name\": \"People's Protection Units\", \"aliases\": [\"YPG\"], \"kind\": \"militia\"},"
      + "             {\"name\": \"US-led coalition\", \"aliases\": [\"the coalition\"], \"kind\": \"coalition\"}],"
      + "\"organisations\": [{\"name\": \"War Media Cell\"}],"
      + "\"places\": [{\"name\": \"Deir ez-Zor\", \"kind\": \"city\", \"country\": \"Syria\"},"
      + "             {\"name\": \"Deir ez-Zor\", \"kind\": \"province\", \"country\": \"Syria\"}]}";

  private static ImmutableArticle.Builder article() {
    return Article.builder().id("t").text(TEXT);
  }

  private static ArticleEvaluation score(Article found, String json) {
    return Evaluator.score("t", found, ExpectedArticle.parse(json));
  }

  @Test
  void personsMatchByAliasAndCountMissesAndFalseFinds() {
    Article found = article()
        .addActor(person("abadi", "Abadi", "Prime Minister"))
        .addActor(person("smith", "John Smith"))
        .build();

    ArticleEvaluation e = score(found, ENTITIES);

    assertThat(e.score(ScoreKind.PERSONS)).isEqualTo(new Score(1, 1, 1));
    assertThat(e.score(ScoreKind.PERSON_TITLES)).isEqualTo(new Score(1, 1, 1));
    assertThat(e.misses().get(ScoreKind.PERSONS)).containsExactly("Bashar al-Assad");
    assertThat(e.falseFinds().get(ScoreKind.PERSONS)).containsExactly("John Smith");
  }

  @Test
  void personWithoutTheExpectedTitleFailsOnlyTheTypedKind() {
    Article found = article().addActor(person("abadi", "Haider al-Abadi", "General")).build();

    ArticleEvaluation e = score(found, ENTITIES);

    assertThat(e.score(ScoreKind.PERSONS)).isEqualTo(new Score(1, 0, 1));
    assertThat(e.score(ScoreKind.PERSON_TITLES)).isEqualTo(new Score(0, 1, 2));
  }

  @Test
  void namesAreComparedWithoutCaseHyphensApostrophesAndLeadingThe() {
    Article found = article()
        .addForce(force("ypg", "Peoples Protection Units", ForceKind.MILITIA))
        .addForce(force("coalition", "Coalition", ForceKind.COALITION))
        .addPlace(place("deir", "DEIR EZ ZOR", PlaceKind.CITY))
        .build();

    ArticleEvaluation e = score(found, ENTITIES);

    assertThat(e.score(ScoreKind.FORCES)).isEqualTo(new Score(2, 0, 1));
    assertThat(e.score(ScoreKind.PLACES)).isEqualTo(new Score(1, 0, 1));
  }

  @Test
  void wrongForceKindCountsAsNameMatchButTypedMiss() {
    Article found = article()
        .addForce(force("is", "ISIS", ForceKind.NON_STATE))
        .addForce(force("ypg", "YPG", ForceKind.MILITIA))
        .build();

    ArticleEvaluation e = score(found, ENTITIES);

    assertThat(e.score(ScoreKind.FORCES)).isEqualTo(new Score(2, 0, 1));
    assertThat(e.score(ScoreKind.FORCE_KINDS)).isEqualTo(new Score(1, 1, 2));
    assertThat(e.misses().get(ScoreKind.FORCE_KINDS))
        .contains("Islamic State (terrorist; found NON_STATE)");
  }

  @Test
  void aPlaceNamedTwiceIsPairedWithTheEntryOfItsKind() {
    Article found = article().addPlace(place("deir", "Deir ez-Zor", PlaceKind.PROVINCE)).build();

    ArticleEvaluation e = score(found, ENTITIES);

    assertThat(e.score(ScoreKind.PLACES)).isEqualTo(new Score(1, 0, 1));
    assertThat(e.score(ScoreKind.PLACE_KINDS)).isEqualTo(new Score(1, 0, 1));
  }

  @Test
  void organisationFoundAsForceIsAMissAndAFalseFind() {
    Article found = article()
        .addForce(force("wmc", "War Media Cell", ForceKind.STATE))
        .addActor(organisation("reuters", "Reuters"))
        .build();

    ArticleEvaluation e = score(found, ENTITIES);

    assertThat(e.score(ScoreKind.ORGANISATIONS)).isEqualTo(new Score(0, 1, 1));
    assertThat(e.score(ScoreKind.FORCES)).isEqualTo(new Score(0, 1, 3));
  }

  @Test
  void emptyArticleScoresZeroWithEveryExpectedItemMissed() {
    ArticleEvaluation e = score(article().build(), ENTITIES);

    assertThat(e.score(ScoreKind.PERSONS)).isEqualTo(new Score(0, 0, 2));
    assertThat(e.score(ScoreKind.PLACES)).isEqualTo(new Score(0, 0, 2));
    assertThat(e.score(ScoreKind.PERSONS).f1()).isZero();
    assertThat(e.misses().get(ScoreKind.FORCES))
        .containsExactly("Islamic State", "People's Protection Units", "US-led coalition");
  }

  private static final String STATEMENTS = "{"
      + "\"persons\": [{\"name\": \"Vladimir Putin\", \"aliases\": [\"Putin\"]}],"
      + "\"forces\": [{\"name\": \"US-led coalition\", \"aliases\": [\"coalition\"]}],"
      + "\"statements\": ["
      + "  {\"speaker\": \"Putin\", \"quote_start\": \"the start of the withdrawal\", \"mode\": \"direct\"},"
      + "  {\"speaker\": \"US-led coalition\", \"quote_start\": \"This is an important moment in history\", \"mode\": \"direct\"},"
      + "  {\"speaker\": \"US-led coalition\", \"quote_start\": \"both sides \\\"shook hands\\\" in Deir ez-Zor\", \"mode\": \"mixed\"}]}";

  private static Statement statement(String id, String speakerId, String content, StatementMode mode) {
    ImmutableStatement.Builder b = Statement.builder().id(id).mode(mode)
        .content(Mention.of(Span.of(0, content.length()), content));
    return speakerId == null ? b.speakerUnknown(true).build()
        : b.speaker(EntityRef.actor(speakerId)).build();
  }

  @Test
  void statementsMatchOnContentOverlapAndSpeakerAlias() {
    Article found = article()
        .addActor(person("putin", "Vladimir Putin"))
        .addStatement(statement("s1", "putin",
            "\u201cthe start of the withdrawal of Russian troops from Syria,\u201d", StatementMode.DIRECT))
        .addStatement(statement("s2", "putin", "important moment in history", StatementMode.DIRECT))
        .addStatement(statement("s3", null, "both sides \u201cshook hands\u201d in Deir ez-Zor as",
            StatementMode.INDIRECT))
        .addStatement(statement("s4", null, "an unrelated remark", StatementMode.INDIRECT))
        .build();

    ArticleEvaluation e = score(found, STATEMENTS);

    assertThat(e.score(ScoreKind.STATEMENT_CONTENT)).isEqualTo(new Score(3, 1, 0));
    assertThat(e.score(ScoreKind.STATEMENTS)).isEqualTo(new Score(1, 3, 2));
    assertThat(e.accuracy(AccuracyKind.SPEAKER_ATTRIBUTION)).isEqualTo(new Accuracy(1, 3));
    assertThat(e.accuracy(AccuracyKind.STATEMENT_MODE)).isEqualTo(new Accuracy(2, 3));
    assertThat(e.misses().get(ScoreKind.STATEMENTS))
        .anyMatch(m -> m.startsWith("US-led coalition: \"This is an important") && m.endsWith("(found speaker Vladimir Putin)"));
  }

  @Test
  void shortFoundContentDoesNotMatchByLyingInsideTheQuoteStart() {
    Article found = article()
        .addActor(person("putin", "Putin"))
        .addStatement(statement("s1", "putin", "the start", StatementMode.DIRECT))
        .build();

    ArticleEvaluation e = score(found, STATEMENTS);

    assertThat(e.score(ScoreKind.STATEMENT_CONTENT)).isEqualTo(new Score(0, 1, 3));
  }

  @Test
  void aContentStartingWithTheQuoteIsPreferredOverOneContainingIt() {
    String json = "{\"forces\": [{\"name\": \"coalition\"}], \"statements\": ["
        + "{\"speaker\": \"coalition\", \"quote_start\": \"important moment in history\"},"
        + "{\"speaker\": \"coalition\", \"quote_start\": \"This is an important moment\"}]}";
    Article found = article()
        .addForce(force("c", "coalition", ForceKind.COALITION))
        .addStatement(Statement.builder().id("s1").speaker(EntityRef.force("c")).mode(StatementMode.DIRECT)
            .content(Articles.mention("This is an important moment in history...")).build())
        .addStatement(Statement.builder().id("s2").speaker(EntityRef.force("c")).mode(StatementMode.DIRECT)
            .content(Articles.mention("important moment in history.")).build())
        .build();

    ArticleEvaluation e = score(found, json);

    assertThat(e.score(ScoreKind.STATEMENTS)).isEqualTo(new Score(2, 0, 0));
  }

  private static final String EVENTS = "{"
      + "\"published\": \"2017-12-11\","
      + "\"persons\": [{\"name\": \"Vladimir Putin\", \"aliases\": [\"Putin\"]},"
      + "              {\"name\": \"Bashar al-Assad\", \"aliases\": [\"Assad\"]}],"
      + "\"forces\": [{\"name\": \"Malian army\", \"aliases\": [\"FAMa\"]}, {\"name\": \"JNIM\"}],"
      + "\"places\": [{\"name\": \"Syria\", \"kind\": \"country\"}, {\"name\": \"Mopti\", \"kind\": \"city\"}],"
      + "\"events\": ["
      + "  {\"type\": \"MEET\", \"trigger\": \"met\", \"participants\": [\"Vladimir Putin\", \"Bashar al-Assad\"],"
      + "   \"place\": \"Syria\", \"date_text\": \"on Monday\", \"date\": \"2017-12-11\", \"status\": \"happened\"},"
      + "  {\"type\": \"ATTACK\", \"trigger\": \"attacked\", \"participants\": [\"JNIM\", \"Malian army\"],"
      + "   \"place\": \"Mopti\", \"date_text\": \"last week\", \"date\": \"2017-12-04/2017-12-10\","
      + "   \"status\": \"happened\", \"fatalities\": 11, \"injuries\": 5}]}";

  private static Event event(String id, EventType type, String trigger, EntityRef place,
      TimeExpression date, String... actorIds) {
    ImmutableEvent.Builder b = Event.builder().id(id).type(type).status(EventStatus.HAPPENED)
        .trigger(Articles.mention(trigger)).date(Optional.ofNullable(date))
        .place(Optional.ofNullable(place));
    for (String a : actorIds) {
      b.addParticipant(Participant.of(EntityRef.actor(a), ParticipantRole.AGENT));
    }
    return b.build();
  }

  private static ImmutableArticle.Builder eventArticle() {
    return article()
        .addActor(person("putin", "Putin"))
        .addActor(person("assad", "Assad"))
        .addPlace(place("syria", "Syria", PlaceKind.COUNTRY))
        .addPlace(place("mopti", "Mopti", PlaceKind.CITY));
  }

  @Test
  void eventsNeedTypeParticipantPlaceAndDateToMatchStrictly() {
    TimeExpression monday = TimeExpression.ofDay("on Monday", Optional.empty(), LocalDate.of(2017, 12, 11));
    TimeExpression tuesday = TimeExpression.ofDay("Tuesday", Optional.empty(), LocalDate.of(2017, 12, 5));
    Article found = eventArticle()
        .addEvent(event("e1", EventType.MEET, "met", EntityRef.place("syria"), monday, "assad"))
        .addEvent(event("e2", EventType.ATTACK, "attacked", EntityRef.place("mopti"), tuesday, "putin"))
        .addEvent(event("e3", EventType.ARREST, "arrested", null, null, "putin"))
        .build();

    ArticleEvaluation e = score(found, EVENTS);

    assertThat(e.score(ScoreKind.EVENTS)).isEqualTo(new Score(1, 2, 1));
    assertThat(e.score(ScoreKind.EVENT_TYPES)).isEqualTo(new Score(2, 1, 0));
    assertThat(e.score(ScoreKind.DATES)).isEqualTo(new Score(2, 0, 0));
    assertThat(e.accuracy(AccuracyKind.EVENT_STATUS)).isEqualTo(new Accuracy(2, 2));
    assertThat(e.falseFinds().get(ScoreKind.EVENTS)).containsExactly("ARREST 'arrested' [Putin]");
  }

  @Test
  void aDateVaguerThanExpectedOrOnAnotherDayDoesNotAgree() {
    TimeExpression year = TimeExpression.builder().text("in 2017")
        .precision(io.github.sitrep.model.DatePrecision.YEAR)
        .earliest(LocalDate.of(2017, 1, 1)).latest(LocalDate.of(2017, 12, 31)).build();
    TimeExpression sunday = TimeExpression.ofDay("Sunday", Optional.empty(), LocalDate.of(2017, 12, 10));
    Article found = eventArticle()
        .addEvent(event("e1", EventType.MEET, "met", EntityRef.place("syria"), sunday, "putin"))
        .addEvent(event("e2", EventType.ATTACK, "attacked", EntityRef.place("mopti"), year, "putin"))
        .build();

    ArticleEvaluation e = score(found, EVENTS);

    assertThat(e.score(ScoreKind.EVENTS)).isEqualTo(new Score(0, 2, 2));
    assertThat(e.score(ScoreKind.DATES)).isEqualTo(new Score(0, 2, 2));
  }

  @Test
  void casualtyCountsAreComparedOnPairedEvents() {
    Event attack = Event.builder().from(event("e2", EventType.ATTACK, "attacked", null, null, "putin"))
        .fatalities(CasualtyCount.builder().count(11).qualifier(CountQualifier.EXACT).build())
        .injuries(CasualtyCount.builder().count(4).qualifier(CountQualifier.EXACT).build())
        .build();
    Article found = eventArticle().addEvent(attack).build();

    ArticleEvaluation e = score(found, EVENTS);

    assertThat(e.score(ScoreKind.CASUALTIES)).isEqualTo(new Score(1, 1, 1));
    assertThat(e.misses().get(ScoreKind.CASUALTIES)).containsExactly("ATTACK 'attacked' injured 5 (found 4)");
  }

  @Test
  void aNumberSummedOverArticlesGivesMicroAverages() {
    ArticleEvaluation a = score(article().addActor(person("abadi", "Abadi")).build(), ENTITIES);
    ArticleEvaluation b = score(article().addActor(person("x", "Nobody")).build(), ENTITIES);

    EvaluationReport report = new EvaluationReport(java.util.List.of(a, b));

    assertThat(report.total(ScoreKind.PERSONS)).isEqualTo(new Score(1, 1, 3));
    assertThat(report.total(ScoreKind.PERSONS).precision()).isEqualTo(0.5);
    assertThat(report.total(ScoreKind.PERSONS).recall()).isEqualTo(0.25);
    assertThat(report.total(ScoreKind.PERSONS).f1()).isEqualTo(2.0 / 6);
    assertThat(report.toTable())
        .contains("persons                  1     1     3  0.500  0.250  0.333")
        .contains("== t\n  - persons: Bashar al-Assad")
        .contains("  + persons: Nobody");
  }
}
