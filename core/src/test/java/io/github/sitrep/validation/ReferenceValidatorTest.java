package io.github.sitrep.validation;

import static io.github.sitrep.validation.ValidationTesting.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.Statement;
import io.github.sitrep.testing.SmallArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceValidatorTest {

  private final ReferenceValidator validator = new ReferenceValidator();
  private final Article small = SmallArticle.build();

  @Test
  void smallArticleResolves() {
    assertThat(found(validator, small)).isEmpty();
  }

  @Test
  void unknownAffiliationPartOfAndParent() {
    List<Actor> actors = new ArrayList<>(small.getActors());
    actors.set(0, Actor.builder().from(actors.get(0)).affiliation(EntityRef.actor("nobody")).build());
    List<Force> forces = new ArrayList<>(small.getForces());
    forces.set(1, Force.builder().from(forces.get(1)).partOf(EntityRef.force("karvan")).build());
    List<Place> places = new ArrayList<>(small.getPlaces());
    places.set(2, Place.builder().from(places.get(2)).parent(EntityRef.place("fhb")).build());
    Article article = Article.builder().from(small).actors(actors).forces(forces).places(places).build();

    assertThat(found(validator, article)).containsExactly("ref.unresolved@actors[0].affiliation",
        "ref.unresolved@forces[1].partOf", "ref.unresolved@places[2].parent");
  }

  @Test
  void unknownSpeakerAddresseeParticipantPlaceAndStatement() {
    List<Statement> statements = new ArrayList<>(small.getStatements());
    statements.set(1, Statement.builder().from(statements.get(1)).speaker(EntityRef.force("amir-dost")).build());
    statements.set(2, Statement.builder().from(statements.get(2)).addressee(EntityRef.actor("radio")).build());
    List<Event> events = new ArrayList<>(small.getEvents());
    events.set(1, Event.builder().from(events.get(1))
        .addParticipant(Participant.of(EntityRef.force("ghost"), ParticipantRole.TARGET))
        .place(EntityRef.place("nowhere")).statement("s9").build());
    Article article = Article.builder().from(small).statements(statements).events(events).build();

    assertThat(found(validator, article)).containsExactly("ref.unresolved@statements[1].speaker",
        "ref.unresolved@statements[2].addressee", "ref.unresolved@events[1].participants[2].entity",
        "ref.unresolved@events[1].place", "ref.unresolved@events[1].statement");
  }

  @Test
  void unknownDatelinePlace() {
    Article article = Article.builder().from(small).dateline(Dateline.builder()
        .from(small.getDateline().get()).place(EntityRef.place("erbil")).build()).build();
    assertThat(found(validator, article)).containsExactly("ref.unresolved@dateline.place");
  }

  @Test
  void kindsNotAllowedWhereTheyStand() {
    List<Statement> statements = new ArrayList<>(small.getStatements());
    statements.set(1, Statement.builder().from(statements.get(1)).speaker(EntityRef.place("karvan")).build());
    List<Force> forces = new ArrayList<>(small.getForces());
    forces.set(1, Force.builder().from(forces.get(1)).partOf(EntityRef.actor("amir-dost")).build());
    List<Event> events = new ArrayList<>(small.getEvents());
    events.set(0, Event.builder().from(events.get(0)).place(EntityRef.force("fhb")).build());
    Article article = Article.builder().from(small).statements(statements).forces(forces)
        .events(events).build();

    assertThat(found(validator, article)).containsExactly("ref.kind@forces[1].partOf",
        "ref.kind@statements[1].speaker", "ref.kind@events[0].place");
    assertThat(ValidatorSet.empty().with("r", validator).validate(article).getIssues().get(1)
        .getMessage()).isEqualTo("a place ('karvan') is not allowed here; expected actor or force");
  }

  @Test
  void placesMayTakePartInEvents() {
    assertThat(small.getEvents().get(1).getParticipants().get(1).getEntity().getKind())
        .isEqualTo(io.github.sitrep.model.EntityKind.PLACE);
    assertThat(found(validator, small)).isEmpty();
  }
}
