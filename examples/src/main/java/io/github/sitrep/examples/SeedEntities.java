package io.github.sitrep.examples;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.ImmutableActor;
import io.github.sitrep.model.ImmutableForce;
import io.github.sitrep.model.ImmutablePlace;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import java.util.List;

/** The people, organisations, forces and places of the seed article, built by hand. */
final class SeedEntities {

  private final TextFinder f;

  SeedEntities(TextFinder finder) {
    this.f = finder;
  }

  List<Actor> actors() {
    return List.of(
        person("qasim-mohammed-saleh", "Qasim Mohammed Saleh").role("commander")
            .affiliation(EntityRef.force("isf")).country("IQ")
            .addMention(f.mention("Qasim Mohammed Saleh")).build(),
        person("abdul-hussein", "Abdul Hussein").addTitle("Gen.")
            .role("assistant to Qasim Mohammed Saleh").affiliation(EntityRef.force("isf"))
            .country("IQ").addMention(f.mention("Abdul Hussein")).build(),
        person("hassan-qamishlu", "Hassan Qamishlu").role("member of SDF General Command")
            .affiliation(EntityRef.force("sdf")).addMention(f.mention("Hassan Qamishlu")).build(),
        person("ankizk-khan", "Ankizk Khan").role("member of SDF General Command")
            .affiliation(EntityRef.force("sdf")).addMention(f.mention("Ankizk Khan")).build(),
        person("paul-e-funk-ii", "Paul E. Funk II").addTitle("Lt. Gen.")
            .role("commander of the US operation within the Combined Joint Task Force")
            .affiliation(EntityRef.force("cjtf")).country("US")
            .addMention(f.mention("Paul E. Funk II")).build(),
        person("haider-al-abadi", "Haider al-Abadi").addTitle("Prime Minister").country("IQ")
            .addMention(f.mention("Haider al-Abadi")).build(),
        person("bashar-al-assad", "Bashar al-Assad").addTitle("President").addAlias("Assad")
            .country("SY").addMention(f.mention("Bashar al-Assad"))
            .addMention(f.mention("Assad", 2)).build(),
        person("vladimir-putin", "Vladimir Putin").addTitle("President").addAlias("Putin")
            .country("RU").addMention(f.mention("Vladimir Putin"))
            .addMention(f.mention("Putin", 2)).build(),
        organisation("rudaw-english", "Rudaw English").build(),
        organisation("war-media-cell", "War Media Cell").country("IQ").build());
  }

  List<Force> forces() {
    return List.of(
        force("isf", "Iraqi Security Forces", ForceKind.STATE).acronym("ISF").addAlias("ISF")
            .addAlias("Iraqi forces").country("IQ").addMention(f.mention("ISF", 1))
            .addMention(f.mention("ISF", 2)).addMention(f.mention("Iraqi forces")).build(),
        force("sdf", "Syrian Democratic Forces", ForceKind.NON_STATE).acronym("SDF")
            .addAlias("SDF").country("SY").addMention(f.mention("SDF", 1))
            .addMention(f.mention("SDF", 2)).addMention(f.mention("SDF", 4))
            .addMention(f.mention("SDF", 5)).build(),
        force("coalition", "US-led international coalition to defeat ISIS", ForceKind.COALITION)
            .addAlias("coalition").addMention(f.mention("coalition", 2))
            .addMention(f.mention("coalition", 3)).addMention(f.mention("coalition", 4)).build(),
        force("cjtf", "Combined Joint Task Force", ForceKind.COALITION).build(),
        force("sdf-general-command", "SDF General Command", ForceKind.NON_STATE)
            .partOf(EntityRef.force("sdf")).country("SY").build(),
        force("isis", "ISIS", ForceKind.TERRORIST).addAlias("Daesh")
            .addMention(f.mention("ISIS", 2)).addMention(f.mention("ISIS", 3))
            .addMention(f.mention("ISIS", 4)).addMention(f.mention("ISIS", 5))
            .addMention(f.mention("ISIS", 6)).addMention(f.mention("Daesh", 1))
            .addMention(f.mention("Daesh", 2)).addMention(f.mention("Daesh", 3)).build(),
        force("ypg", "People's Protection Units", ForceKind.MILITIA).acronym("YPG").addAlias("YPG")
            .partOf(EntityRef.force("sdf")).country("SY").addMention(f.mention("YPG")).build(),
        force("russian-troops", "Russian troops", ForceKind.STATE).country("RU").build());
  }

  List<Place> places() {
    return List.of(
        place("erbil", "Erbil", PlaceKind.CITY, "kurdistan-region").country("IQ")
            .addMention(f.mention("ERBIL")).build(),
        place("kurdistan-region", "Kurdistan Region", PlaceKind.REGION, "iraq").country("IQ")
            .addMention(f.mention("Kurdistan Region")).build(),
        place("deir-ez-zor", "Deir ez-Zor", PlaceKind.CITY, "deir-ez-zor-province").country("SY")
            .addMention(f.mention("Deir ez-Zor", 1)).addMention(f.mention("Deir ez-Zor", 3)).build(),
        place("deir-ez-zor-province", "Deir ez-Zor province", PlaceKind.PROVINCE, "syria")
            .country("SY").addMention(f.mention("Deir ez-Zor province")).build(),
        place("euphrates-river", "Euphrates River", PlaceKind.RIVER, null).addAlias("Euphrates")
            .addMention(f.mention("Euphrates River")).addMention(f.mention("Euphrates", 3))
            .addMention(f.mention("Euphrates", 4)).build(),
        place("iraq", "Iraq", PlaceKind.COUNTRY, null).country("IQ")
            .addMention(f.mention("Iraq", 1)).addMention(f.mention("Iraq", 2))
            .addMention(f.mention("Iraq", 3)).addMention(f.mention("Iraq", 4))
            .addMention(f.mention("Iraq", 5)).build(),
        place("syria", "Syria", PlaceKind.COUNTRY, null).country("SY")
            .addMention(f.mention("Syria", 1)).addMention(f.mention("Syria", 2))
            .addMention(f.mention("Syria", 3)).addMention(f.mention("Syria", 4)).build(),
        place("euphrates-valley", "Euphrates Valley", PlaceKind.VALLEY, null)
            .addMention(f.mention("Euphrates Valley")).build(),
        place("al-bukamal", "al-Bukamal", PlaceKind.CITY, "syria").country("SY")
            .addMention(f.mention("al-Bukamal")).build(),
        place("al-qaim", "al-Qaim", PlaceKind.CITY, "anbar").country("IQ")
            .addMention(f.mention("al-Qaim")).build(),
        place("al-bukamal-al-qaim-crossing", "al-Bukamal and al-Qaim crossing", PlaceKind.CROSSING,
            null).addMention(f.mention("al-Bukamal and al-Qaim crossing")).build(),
        place("anbar", "Anbar", PlaceKind.PROVINCE, "iraq").country("IQ")
            .addMention(f.mention("Anbar")).build());
  }

  private static ImmutableActor.Builder person(String id, String name) {
    return Actor.builder().id(id).kind(ActorKind.PERSON).name(name);
  }

  private ImmutableActor.Builder organisation(String id, String name) {
    return Actor.builder().id(id).kind(ActorKind.ORGANISATION).name(name).addMention(f.mention(name));
  }

  /** A force with the mention of its full name. */
  private ImmutableForce.Builder force(String id, String name, ForceKind kind) {
    return Force.builder().id(id).name(name).kind(kind).addMention(f.mention(name));
  }

  /** A place without mentions, and its parent if it has one. */
  private static ImmutablePlace.Builder place(String id, String name, PlaceKind kind, String parent) {
    ImmutablePlace.Builder b = Place.builder().id(id).name(name).kind(kind);
    return parent == null ? b : b.parent(EntityRef.place(parent));
  }
}
