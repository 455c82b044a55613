package io.github.sitrep.testing;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.Coordinates;
import io.github.sitrep.model.CountQualifier;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Ids;
import io.github.sitrep.model.ImmutableArticle;
import io.github.sitrep.model.ImmutableEvent;
import io.github.sitrep.model.ImmutableStatement;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.StatementMode;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.testing.ArticleSpec.EntitySpec;
import io.github.sitrep.testing.ArticleSpec.EventSpec;
import io.github.sitrep.testing.ArticleSpec.StatementSpec;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns an {@link ArticleSpec} into a consistent article, writing its text as it goes. */
final class ArticleAssembler {

  /** One distinct last word per entity, with letters the generated words never use. */
  private static final List<String> LAST = List.of("Alpha", "Charlie", "Foxtrot", "Juliet",
      "Papa", "Whiskey", "Xray", "Echo", "Oscar", "Copper", "Pike", "Wolf");

  private static final LocalDate NO_DATE = LocalDate.of(2020, 1, 1);

  private final ArticleSpec spec;
  private final TextBuilder text = new TextBuilder();
  private final ImmutableArticle.Builder article = Article.builder();
  private final List<Ent> ents = new ArrayList<>();
  private final List<String> statementIds = new ArrayList<>();
  private int events;

  /** An entity being assembled: its kind, names and the mentions written so far. */
  private static final class Ent {
    final EntitySpec spec;
    final EntityKind kind;
    final String name;
    final Optional<String> alias;
    final List<Mention> mentions = new ArrayList<>();

    Ent(EntitySpec spec, int index) {
      this.spec = spec;
      this.kind = EntityKind.values()[index < 3 ? index : spec.kind()];
      this.name = spec.base() + " " + LAST.get(index);
      this.alias = spec.alias() ? Optional.of(LAST.get(index).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    EntityRef ref() {
      return EntityRef.of(kind, Ids.slug(name));
    }
  }

  private ArticleAssembler(ArticleSpec spec) {
    this.spec = spec;
    for (int i = 0; i < spec.entities().size(); i++) {
      ents.add(new Ent(spec.entities().get(i), i));
    }
  }

  static Article assemble(ArticleSpec spec) {
    return new ArticleAssembler(spec).build();
  }

  private Article build() {
    article.id("gen-" + Integer.toHexString(spec.hashCode())).published(spec.published())
        .source(spec.layout().source());
    headline();
    introduction();
    spec.statements().forEach(this::statement);
    spec.events().forEach(this::event);
    entities();
    return article.text(text.text()).build();
  }

  private void headline() {
    if (spec.layout().headline()) {
      article.headline(text.mention("Report on " + ents.get(0).name));
      text.plain("\n\n");
    }
  }

  private void introduction() {
    int start = text.length();
    dateline();
    for (int i = 0; i < ents.size(); i++) {
      Ent e = ents.get(i);
      e.mentions.add(text.mention(e.name));
      text.plain(" is named here");
      e.alias.ifPresent(a -> {
        text.plain(" (");
        e.mentions.add(text.mention(a));
        text.plain(")");
      });
      text.plain(". ").plain(spec.fillers().get(i % spec.fillers().size())).plain(" ");
    }
    endParagraph(start);
  }

  private void dateline() {
    if (!spec.layout().dateline()) {
      return;
    }
    Ent place = of(EntityKind.PLACE).get(0);
    int start = text.length();
    place.mentions.add(text.mention(place.name.toUpperCase(Locale.ROOT)));
    text.plain(" \u2014 ");
    article.dateline(Dateline.builder().raw(since(start)).place(place.ref()).build());
  }

  private void statement(StatementSpec s) {
    int start = text.length();
    String id = "s" + (statementIds.size() + 1);
    statementIds.add(id);
    ImmutableStatement.Builder b = io.github.sitrep.model.Statement.builder().id(id);
    List<Ent> speakers = speakers();
    if (s.speaker().isPresent()) {
      Ent speaker = speakers.get(s.speaker().get() % speakers.size());
      b.speaker(speaker.ref()).speakerMention(named(speaker)).cue(text.plain(" ").mention("said"));
    } else {
      b.speakerUnknown(true).cue(text.plain("It was ").mention("said"));
    }
    s.addressee().ifPresent(a -> {
      Ent to = of(EntityKind.ACTOR).get(a % of(EntityKind.ACTOR).size());
      b.addressee(to.ref()).addresseeMention(named(text.plain(" to "), to));
    });
    s.daysBefore().ifPresent(d -> b.date(date(reference().minusDays(d))));
    StatementMode mode = StatementMode.values()[s.mode()];
    text.plain(mode == StatementMode.DIRECT ? ": \"" : mode == StatementMode.MIXED ? " that \"" : " that ");
    b.mode(mode).content(text.mention(s.content()));
    text.plain(mode == StatementMode.INDIRECT ? "." : "\".");
    article.addStatement(b.build());
    endParagraph(start);
  }

  private void event(EventSpec s) {
    int start = text.length();
    EventType type = EventType.values()[s.type() % EventType.values().length];
    EventStatus status = EventStatus.values()[s.status() % EventStatus.values().length];
    ImmutableEvent.Builder b = Event.builder().id("e" + (++events))
        .type(type).status(status);
    List<Ent> agents = speakers();
    Ent agent = agents.get(s.agent() % agents.size());
    b.addParticipant(participant(agent, ParticipantRole.AGENT, named(agent)));
    b.trigger(text.plain(" ").mention(type.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    s.target().ifPresent(t -> {
      Ent target = ents.get(t % ents.size());
      b.addParticipant(participant(target, ParticipantRole.TARGET, named(text.plain(" "), target)));
    });
    s.place().ifPresent(p -> {
      Ent place = of(EntityKind.PLACE).get(p % of(EntityKind.PLACE).size());
      b.place(place.ref());
      place.mentions.add(text.plain(" in ").mention(place.name));
    });
    s.days().ifPresent(d -> b.date(date(status == EventStatus.INTENDED
        ? reference().plusDays(d) : reference().minusDays(d))));
    s.killed().ifPresent(k -> b.fatalities(CasualtyCount.builder().count(k)
        .qualifier(CountQualifier.values()[k % CountQualifier.values().length])
        .mention(text.plain(", ").mention(k + " killed")).build()));
    s.statement().filter(x -> !statementIds.isEmpty())
        .ifPresent(x -> b.statement(statementIds.get(x % statementIds.size())));
    text.plain(".");
    article.addEvent(b.sentence(Span.of(start, text.length())).build());
    endParagraph(start);
  }

  private void entities() {
    List<Ent> forces = of(EntityKind.FORCE);
    List<Ent> places = of(EntityKind.PLACE);
    for (Ent e : ents) {
      EntitySpec s = e.spec;
      switch (e.kind) {
        case ACTOR:
          article.addActor(actor(e, s, forces));
          break;
        case FORCE:
          article.addForce(force(e, s, forces));
          break;
        default:
          article.addPlace(place(e, s, places));
      }
    }
  }

  private static Actor actor(Ent e, EntitySpec s, List<Ent> forces) {
    ActorKind kind = ActorKind.values()[s.subKind() % 2];
    return Actor.builder().id(e.ref().getId()).name(e.name).addAllAliases(e.alias.stream()::iterator)
        .kind(kind).addAllTitles(kind == ActorKind.PERSON ? s.titles() : List.of())
        .affiliation(s.link().map(l -> forces.get(l % forces.size()).ref()))
        .country(s.country()).mentions(e.mentions).build();
  }

  private static Force force(Ent e, EntitySpec s, List<Ent> forces) {
    int k = forces.indexOf(e);
    return Force.builder().id(e.ref().getId()).name(e.name).addAllAliases(e.alias.stream()::iterator)
        .acronym(e.alias).kind(ForceKind.values()[s.subKind() % ForceKind.values().length])
        .partOf(s.link().filter(l -> k > 0).map(l -> forces.get(l % k).ref()))
        .country(s.country()).addAllBackers(s.country().stream()::iterator)
        .mentions(e.mentions).build();
  }

  private static Place place(Ent e, EntitySpec s, List<Ent> places) {
    int k = places.indexOf(e);
    return Place.builder().id(e.ref().getId()).name(e.name).addAllAliases(e.alias.stream()::iterator)
        .kind(PlaceKind.values()[s.subKind() % PlaceKind.values().length])
        .parent(s.link().filter(l -> k > 0).map(l -> places.get(l % k).ref()))
        .country(s.country()).coordinates(s.latitude().map(lat -> Coordinates.of(lat, lat * 2)))
        .gazetteerId(s.latitude().map(lat -> "geonames:" + (k + 1)))
        .mentions(e.mentions).build();
  }

  private Participant participant(Ent e, ParticipantRole role, Mention mention) {
    return Participant.builder().entity(e.ref()).role(role).mention(mention).build();
  }

  private Mention named(Ent e) {
    return named(text, e);
  }

  private static Mention named(TextBuilder at, Ent e) {
    Mention m = at.mention(e.name);
    e.mentions.add(m);
    return m;
  }

  private TimeExpression date(LocalDate day) {
    String words = "on " + day.getDayOfMonth() + " "
        + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    Mention m = text.plain(" ").mention(words);
    return TimeExpression.builder().text(words).span(m.getSpan())
        .precision(io.github.sitrep.model.DatePrecision.DAY).earliest(day).latest(day)
        .dayOfMonth(day.getDayOfMonth()).month(day.getMonth()).year(day.getYear()).build();
  }

  private LocalDate reference() {
    return spec.published().orElse(NO_DATE);
  }

  private List<Ent> speakers() {
    List<Ent> speakers = new ArrayList<>(of(EntityKind.ACTOR));
    speakers.addAll(of(EntityKind.FORCE));
    return speakers;
  }

  private List<Ent> of(EntityKind kind) {
    List<Ent> some = new ArrayList<>();
    ents.stream().filter(e -> e.kind == kind).forEach(some::add);
    return some;
  }

  private Mention since(int start) {
    String all = text.text();
    return Mention.of(Span.of(start, all.length()), all.substring(start));
  }

  private void endParagraph(int start) {
    article.addParagraph(Span.of(start, text.length()));
    text.plain("\n\n");
  }
}
