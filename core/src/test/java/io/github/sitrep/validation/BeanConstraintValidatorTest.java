package io.github.sitrep.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ImmutableTimeExpression;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.Coordinates;
import io.github.sitrep.model.CountQualifier;
import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.testing.SmallArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeanConstraintValidatorTest {

  private final BeanConstraintValidator validator = new BeanConstraintValidator();

  private final Actor actor = SmallArticle.build().getActors().get(0);
  private final Force force = SmallArticle.build().getForces().get(1);
  private final Place place = SmallArticle.build().getPlaces().get(0);

  @Test
  void smallArticleSatisfiesEveryConstraint() {
    assertThat(validator.check(SmallArticle.build())).isEmpty();
  }

  @Test
  void blankNameIsRejected() {
    assertThat(validator.check(Actor.builder().from(actor).name("  ").build()))
        .singleElement().satisfies(i -> {
          assertThat(i.getCode()).isEqualTo("constraint.NotBlank");
          assertThat(i.getPath()).isEqualTo("name");
          assertThat(i.getSeverity()).isEqualTo(Severity.ERROR);
        });
  }

  @Test
  void malformedIdIsRejected() {
    assertThat(only(validator.check(Actor.builder().from(actor).id("Amir Dost").build())))
        .isEqualTo("constraint.Pattern@id");
  }

  @Test
  void malformedReferenceIdIsRejected() {
    Actor bad = Actor.builder().from(actor).affiliation(EntityRef.force("Northern Army")).build();
    assertThat(only(validator.check(bad))).isEqualTo("constraint.Pattern@affiliation.id");
  }

  @Test
  void countryThatIsNotAnIsoCodeIsRejected() {
    Issue issue = validator.check(Actor.builder().from(actor).country("Iraq").build()).get(0);
    assertThat(issue.getCode()).isEqualTo("constraint.Pattern");
    assertThat(issue.getPath()).isEqualTo("country");
    assertThat(issue.getMessage()).contains("ISO 3166-1 alpha-2", "'Iraq'");
  }

  @Test
  void backerThatIsNotAnIsoCodeIsRejectedInsideTheList() {
    Force bad = Force.builder().from(force).addBacker("RU").addBacker("ru").build();
    assertThat(only(validator.check(bad))).isEqualTo("constraint.Pattern@backers[1]");
  }

  @Test
  void blankTitleIsRejectedInsideTheList() {
    Actor bad = Actor.builder().from(actor).addTitle("").build();
    assertThat(only(validator.check(bad))).isEqualTo("constraint.NotBlank@titles[1]");
  }

  @Test
  void blankRoleIsRejectedInsideTheOptional() {
    Actor bad = Actor.builder().from(actor).role(" \n ").build();
    Issue issue = validator.check(bad).get(0);
    assertThat(issue.getCode() + "@" + issue.getPath()).isEqualTo("constraint.Pattern@role");
    assertThat(issue.getMessage()).startsWith("must not be blank");
  }

  @Test
  void absentOptionalsAreNotBlank() {
    Actor bare = Actor.builder().from(actor).affiliation(java.util.Optional.empty()).build();
    assertThat(bare.getRole()).isEmpty();
    assertThat(validator.check(bare)).isEmpty();
  }

  @Test
  void malformedStatementIdOfAnEventIsRejectedInsideTheOptional() {
    io.github.sitrep.model.Event event = io.github.sitrep.model.Event.builder()
        .from(SmallArticle.build().getEvents().get(0)).statement("S 1").build();
    assertThat(only(validator.check(event))).isEqualTo("constraint.Pattern@statement");
  }

  @Test
  void blankDateTextIsRejected() {
    assertThat(only(validator.check(unresolved().text("\t").build())))
        .isEqualTo("constraint.NotBlank@text");
  }

  @Test
  void negativeCountIsRejected() {
    CasualtyCount bad = CasualtyCount.builder().count(-1).qualifier(CountQualifier.EXACT).build();
    assertThat(only(validator.check(bad))).isEqualTo("constraint.PositiveOrZero@count");
  }

  @Test
  void latitudeAndLongitudeOutOfRangeAreRejected() {
    assertThat(only(validator.check(Coordinates.of(90.5, 0)))).isEqualTo("constraint.DecimalMax@latitude");
    assertThat(only(validator.check(Coordinates.of(-91, 0)))).isEqualTo("constraint.DecimalMin@latitude");
    assertThat(only(validator.check(Coordinates.of(0, 180.01)))).isEqualTo("constraint.DecimalMax@longitude");
    assertThat(only(validator.check(Coordinates.of(0, -180.01)))).isEqualTo("constraint.DecimalMin@longitude");
    assertThat(validator.check(Coordinates.of(-90, 180))).isEmpty();
  }

  @Test
  void dayOfMonthAndYearOutOfRangeAreRejected() {
    assertThat(only(validator.check(unresolved().dayOfMonth(32).build())))
        .isEqualTo("constraint.Max@dayOfMonth");
    assertThat(only(validator.check(unresolved().dayOfMonth(0).build())))
        .isEqualTo("constraint.Min@dayOfMonth");
    assertThat(only(validator.check(unresolved().year(10_000).build())))
        .isEqualTo("constraint.Max@year");
  }

  @Test
  void entityWithoutMentionsIsRejected() {
    Place bare = Place.builder().id("x").name("X").kind(PlaceKind.OTHER).build();
    assertThat(only(validator.check(bare))).isEqualTo("constraint.NotEmpty@mentions");
  }

  @Test
  void constraintsAreCheckedThroughTheWholeArticle() {
    Article small = SmallArticle.build();
    Place bad = Place.builder().from(place).addAlias(" ").coordinates(Coordinates.of(100, 0)).build();
    Article article = Article.builder().from(small).places(List.of(small.getPlaces().get(1), bad))
        .build();
    assertThat(validator.check(article)).extracting(i -> i.getCode() + "@" + i.getPath())
        .containsExactly("constraint.NotBlank@places[1].aliases[0]",
            "constraint.DecimalMax@places[1].coordinates.latitude");
  }

  @Test
  void eventCasualtiesAreCheckedThroughTheArticle() {
    Article small = SmallArticle.build();
    Article article = Article.builder().from(small)
        .events(List.of(small.getEvents().get(0), io.github.sitrep.model.Event.builder()
            .from(small.getEvents().get(1))
            .fatalities(CasualtyCount.builder().count(-3).qualifier(CountQualifier.EXACT).build())
            .build()))
        .build();
    assertThat(only(validator.check(article))).isEqualTo("constraint.PositiveOrZero@events[1].fatalities.count");
  }

  @Test
  void userTextIsNeverEvaluatedInMessages() {
    Actor bad = Actor.builder().from(actor).country("${1+1}").build();
    Issue issue = validator.check(bad).get(0);
    assertThat(issue.getMessage()).contains("'${1+1}'").doesNotContain("'2'");
  }

  @Test
  void reportsThroughAValidatorSet() {
    Article blankSource = Article.builder().from(SmallArticle.build()).source(" ").build();
    ValidationReport report = ValidatorSet.empty().with("constraints", validator).validate(blankSource);
    assertThat(report.codes()).containsExactly("constraint.Pattern");
    assertThat(report.getIssues().get(0).getPath()).isEqualTo("source");
  }

  private static ImmutableTimeExpression.Builder unresolved() {
    return TimeExpression.builder().text("on the 3rd").precision(DatePrecision.UNRESOLVED);
  }

  private static String only(List<Issue> issues) {
    assertThat(issues).hasSize(1);
    return issues.get(0).getCode() + "@" + issues.get(0).getPath();
  }
}
