package io.github.sitrep.validation;

import static io.github.sitrep.validation.ValidationTesting.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Place;
import io.github.sitrep.testing.SmallArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CycleValidatorTest {

  private final CycleValidator validator = new CycleValidator();
  private final Article small = SmallArticle.build();

  @Test
  void smallArticleChainsEnd() {
    assertThat(found(validator, small)).isEmpty();
  }

  @Test
  void forceThatIsPartOfItself() {
    List<Force> forces = new ArrayList<>(small.getForces());
    forces.set(2, Force.builder().from(forces.get(2)).partOf(EntityRef.force("hills-alliance")).build());
    Article article = Article.builder().from(small).forces(forces).build();
    assertThat(found(validator, article)).containsExactly("cycle.part-of@forces[2].partOf");
  }

  @Test
  void twoForcesPartOfEachOtherAreOneLoop() {
    List<Force> forces = new ArrayList<>(small.getForces());
    forces.set(2, Force.builder().from(forces.get(2)).partOf(EntityRef.force("fhb")).build());
    Article article = Article.builder().from(small).forces(forces).build();
    ValidationReport report = ValidatorSet.empty().with("c", validator).validate(article);
    assertThat(report.getIssues()).singleElement().satisfies(i -> {
      assertThat(i.getCode() + "@" + i.getPath()).isEqualTo("cycle.part-of@forces[1].partOf");
      assertThat(i.getMessage()).isEqualTo("the partOf chain loops: fhb -> hills-alliance -> fhb");
    });
  }

  @Test
  void threePlacesInALoopAndAChainLeadingIntoIt() {
    List<Place> places = new ArrayList<>(small.getPlaces());
    places.set(0, Place.builder().from(places.get(0)).parent(EntityRef.place("tamar-crossing")).build());
    places.set(2, Place.builder().from(places.get(2)).parent(EntityRef.place("karvan")).build());
    Article article = Article.builder().from(small).places(places).build();
    assertThat(places.get(1).getParent()).contains(EntityRef.place("eastern-province"));
    assertThat(found(validator, article)).containsExactly("cycle.parent@places[0].parent");
  }

  @Test
  void unresolvedAndWrongKindLinksEndAChain() {
    List<Force> forces = new ArrayList<>(small.getForces());
    forces.set(2, Force.builder().from(forces.get(2)).partOf(EntityRef.place("fhb")).build());
    forces.set(0, Force.builder().from(forces.get(0)).partOf(EntityRef.force("nobody")).build());
    Article article = Article.builder().from(small).forces(forces).build();
    assertThat(found(validator, article)).isEmpty();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void longChainsAreWalkedInLinearTime() {
    int n = 100_000;
    Mention m = small.getForces().get(0).getMentions().get(0);
    List<Force> forces = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // f0 <- f1 <- ... <- f(n-1), and f0 part of f(n-1): one loop through all of them
      forces.add(Force.builder().id("f" + i).name("F" + i).kind(ForceKind.OTHER).addMention(m)
          .partOf(Optional.of(EntityRef.force("f" + (i == 0 ? n - 1 : i - 1)))).build());
    }
    Article article = Article.builder().from(small).forces(forces).build();
    ValidationReport report = ValidatorSet.empty().with("c", validator).validate(article);
    assertThat(report.getIssues()).singleElement().satisfies(i ->
        assertThat(i.getMessage()).startsWith("the partOf chain loops: f0 -> f99999 -> f99998")
            .endsWith(" -> ..."));
  }
}
