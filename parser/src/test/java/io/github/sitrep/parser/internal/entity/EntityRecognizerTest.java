package io.github.sitrep.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.internal.layout.LayoutAnalyzer;
import io.github.sitrep.parser.lexicon.Lexicon;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Short invented texts from several conflicts: the names in them are in no lexicon, so the
 * rules, not look-ups, must find them.
 */
class EntityRecognizerTest {

  private static final EntityRecognizer RECOGNIZER =
      new EntityRecognizer(LexiconIndex.of(Lexicon.bundled()));

  static Entities read(String text) {
    return RECOGNIZER.recognize(text, new LayoutAnalyzer().analyze(text));
  }

  static Optional<Actor> actor(Entities e, String name) {
    return e.actors().stream().filter(a -> a.getName().equals(name)).findFirst();
  }

  static Optional<Force> force(Entities e, String name) {
    return e.forces().stream().filter(a -> a.getName().equals(name)).findFirst();
  }

  static Optional<Place> place(Entities e, String name) {
    return e.places().stream().filter(a -> a.getName().equals(name)).findFirst();
  }

  @Test
  void titlesBeforeNamesMakePersons() {
    Entities e = read("Headline\n\nMalian Defence Minister Ousmane Traoré Diallo visited the "
        + "camp on Tuesday with Col. Ibrahim Ag Moussa. Yemeni Prime Minister Salem bin Awad "
        + "Mansour said the talks had failed.");

    Actor minister = actor(e, "Ousmane Traoré Diallo").orElseThrow();
    assertThat(minister.getKind()).isEqualTo(ActorKind.PERSON);
    assertThat(minister.getTitles()).containsExactly("Defence Minister");
    assertThat(minister.getCountry()).contains("ML");
    assertThat(actor(e, "Ibrahim Ag Moussa").orElseThrow().getTitles()).containsExactly("Col.");
    assertThat(actor(e, "Salem bin Awad Mansour").orElseThrow().getCountry()).contains("YE");
  }

  @Test
  void surnamesJoinTheFullName() {
    Entities e = read("Headline\n\nUkrainian commander Oleksandr Hrytsenko said the line held. "
        + "Hrytsenko added that reinforcements were expected.");

    Actor person = actor(e, "Oleksandr Hrytsenko").orElseThrow();
    assertThat(person.getAliases()).containsExactly("Hrytsenko");
    assertThat(person.getMentions()).hasSize(2);
  }

  @Test
  void appositionsGiveRoleAndAffiliation() {
    Entities e = read("Headline\n\n\"We will not withdraw,\" said Yahya Saree Hamoud, a "
        + "spokesman for the Houthis, on Sunday.");

    Actor person = actor(e, "Yahya Saree Hamoud").orElseThrow();
    assertThat(person.getRole()).contains("spokesman for the Houthis");
    assertThat(person.getAffiliation().orElseThrow().getId())
        .isEqualTo(e.forces().get(0).getId());
  }

  @Test
  void demonymsWithForceWordsMakeStateForces() {
    Entities e = read("Headline\n\nMalian troops and Burkinabe soldiers clashed with fighters "
        + "near the border, while Ukrainian forces shelled Russian positions.");

    Force mali = force(e, "Malian troops").orElseThrow();
    assertThat(mali.getKind()).isEqualTo(ForceKind.STATE);
    assertThat(mali.getCountry()).contains("ML");
    assertThat(force(e, "Burkinabe soldiers").orElseThrow().getCountry()).contains("BF");
    assertThat(force(e, "Ukrainian forces").orElseThrow().getCountry()).contains("UA");
    assertThat(e.forces()).noneMatch(f -> f.getName().startsWith("Russian"));
  }

  @Test
  void acronymsDefinedInTheTextJoinTheirName() {
    Entities e = read("Headline\n\nThe Sahel Liberation Front (SLF) attacked a convoy. "
        + "SLF fighters later withdrew.");

    Force front = force(e, "Sahel Liberation Front").orElseThrow();
    assertThat(front.getAcronym()).contains("SLF");
    assertThat(front.getAliases()).containsExactly("SLF");
    assertThat(front.getMentions()).hasSize(3);
  }

  @Test
  void kindWordsMakePlaces() {
    Entities e = read("Headline\n\nFighting spread from Qarnaw governorate to the Wadi Harib "
        + "River and the Tin-Essako crossing, near the Gao Valley and the Bardiya air base.");

    assertThat(place(e, "Qarnaw").orElseThrow().getKind()).isEqualTo(PlaceKind.PROVINCE);
    assertThat(place(e, "Wadi Harib River").orElseThrow().getKind()).isEqualTo(PlaceKind.RIVER);
    assertThat(place(e, "Tin-Essako crossing").orElseThrow().getKind())
        .isEqualTo(PlaceKind.CROSSING);
    assertThat(place(e, "Gao Valley").orElseThrow().getKind()).isEqualTo(PlaceKind.VALLEY);
    assertThat(place(e, "Bardiya air base").orElseThrow().getKind()).isEqualTo(PlaceKind.BASE);
  }

  @Test
  void listsOfMembersArePersons() {
    Entities e = read("Headline\n\nThe delegation included leaders of the Wadi Council, "
        + "including Musa Ag Intalla, Hamid Ould Sidi and Ali Baba Kone.");

    for (String name : new String[] {"Musa Ag Intalla", "Hamid Ould Sidi", "Ali Baba Kone"}) {
      Actor p = actor(e, name).orElseThrow(() -> new AssertionError(name + " in " + e));
      assertThat(p.getKind()).isEqualTo(ActorKind.PERSON);
    }
  }

  @Test
  void headNounsMakeForcesAndOrganisations() {
    Entities e = read("Headline\n\nThe Eastern Shield Brigade and the Combined Maritime "
        + "Task Force met officials of the Yemeni Ministry of Defence and the Aden Media Cell.");

    assertThat(force(e, "Eastern Shield Brigade").orElseThrow().getKind())
        .isEqualTo(ForceKind.NON_STATE);
    assertThat(force(e, "Combined Maritime Task Force").orElseThrow().getKind())
        .isEqualTo(ForceKind.COALITION);
    assertThat(actor(e, "Yemeni Ministry of Defence").orElseThrow().getCountry()).contains("YE");
    assertThat(actor(e, "Aden Media Cell").orElseThrow().getKind())
        .isEqualTo(ActorKind.ORGANISATION);
  }

  @Test
  void appositionsAfterAndBeforeNamesMakePersonsAndPlaces() {
    Entities e = read("Headline\n\nThe raid hit Wadi Tamra, a village near the coast. "
        + "\"They came at night,\" said Salma Idris Nour, a 45-year-old teacher from the "
        + "village. A spokesman for the Tamra Defence Committee, Hussein Ali Barre, denied it.");

    assertThat(place(e, "Wadi Tamra").orElseThrow().getKind()).isEqualTo(PlaceKind.VILLAGE);
    assertThat(actor(e, "Salma Idris Nour").orElseThrow().getRole())
        .contains("45-year-old teacher from the village");
    Actor spokesman = actor(e, "Hussein Ali Barre").orElseThrow();
    assertThat(spokesman.getRole()).contains("spokesman for the Tamra Defence Committee");
  }

  @Test
  void genericForcesJoinTheNamedForceOfTheirCountry() {
    Entities e = read("BAMAKO (Reuters) - The Malian Armed Forces (FAMa) said on Sunday that "
        + "the army had repelled an attack near Boni. Malian troops later withdrew.");

    Force fama = force(e, "Malian Armed Forces").orElseThrow();
    assertThat(fama.getAliases()).contains("FAMa", "army", "Malian troops");
    assertThat(e.forces()).hasSize(1);
    assertThat(e.actors()).noneMatch(a -> a.getName().equals("Reuters"));
  }

  @Test
  void rebelsAndGroupsWithTheirFightersAreForces() {
    Entities e = read("Headline\n\nTuareg rebels and al-Shabaab militants were blamed. "
        + "Syrian rebels denied it.");

    Force tuareg = force(e, "Tuareg rebels").orElseThrow();
    assertThat(tuareg.getKind()).isEqualTo(ForceKind.NON_STATE);
    assertThat(force(e, "Syrian rebels").orElseThrow().getCountry()).contains("SY");
    assertThat(e.forces()).anyMatch(f -> f.getAliases().contains("al-Shabaab militants")
        || f.getName().equals("al-Shabaab militants"));
  }

  @Test
  void placesNamedByTheirContext() {
    Entities e = read("Headline\n\nGunmen attacked Kourougou and Siby, 40 km north of "
        + "Wadankro, and the villages of the Tamba and Doro districts.");

    assertThat(place(e, "Wadankro")).isPresent();
    assertThat(place(e, "Tamba").orElseThrow().getKind()).isEqualTo(PlaceKind.DISTRICT);
    assertThat(place(e, "Doro").orElseThrow().getKind()).isEqualTo(PlaceKind.DISTRICT);
  }

  @Test
  void lowerCaseOrganisations() {
    Entities e = read("Headline\n\nThe health ministry said 12 people died. Russia's defence "
        + "ministry and Turkey's defence ministry disagreed.");
    Entities somalia = read("MOGADISHU, Somalia -- The Somali government declined to "
        + "comment on the blast in Mogadishu, and the government later issued a statement.");

    assertThat(actor(e, "health ministry").orElseThrow().getKind())
        .isEqualTo(ActorKind.ORGANISATION);
    assertThat(actor(e, "Russia's defence ministry").orElseThrow().getCountry()).contains("RU");
    assertThat(actor(e, "Turkey's defence ministry").orElseThrow().getCountry()).contains("TR");
    assertThat(actor(somalia, "Somali government").orElseThrow().getAliases())
        .contains("government");
  }

  @Test
  void aDatelineAgencyIsNeitherAnAcronymNorAnOrganisation() {
    Entities e = read("Headline\n\nJOS, Nigeria (AP) — Gunmen attacked Kwall village in "
        + "Nigeria's Plateau state, said Danjuma Musa, 52, a farmer. Later, police in Plateau "
        + "made arrests.");

    Place nigeria = place(e, "Nigeria").orElseThrow();
    assertThat(nigeria.getAliases()).isEmpty();
    assertThat(place(e, "Jos").orElseThrow().getKind()).isEqualTo(PlaceKind.CITY);
    assertThat(place(e, "Kwall").orElseThrow().getKind()).isEqualTo(PlaceKind.VILLAGE);
    assertThat(place(e, "Plateau").orElseThrow().getMentions()).hasSize(2);
    assertThat(actor(e, "Danjuma Musa").orElseThrow().getRole()).contains("farmer");
    assertThat(e.actors()).noneMatch(a -> a.getName().equals("AP"));
  }

  @Test
  void roleNounsAndRelativeClausesMarkPersons() {
    Entities e = read("Headline\n\nLocal shopkeeper Warsame Dirie Farah filmed the blast. "
        + "Amina Yusuf Gedi, who runs a clinic nearby, treated the wounded.");

    assertThat(actor(e, "Warsame Dirie Farah").orElseThrow().getRole()).contains("shopkeeper");
    assertThat(actor(e, "Amina Yusuf Gedi").orElseThrow().getKind())
        .isEqualTo(ActorKind.PERSON);
  }

  @Test
  void namesTheTextGivesAsOtherNames() {
    Entities e = read("Headline\n\nThe Sahel Liberation Front, also known as Jabhat Tahrir "
        + "or JTS, attacked a post. \"The Khawarij are on the run,\" said the army, using its "
        + "term for the Sahel Liberation Front.");

    Force front = force(e, "Sahel Liberation Front").orElseThrow();
    assertThat(front.getAliases()).contains("Jabhat Tahrir", "JTS", "Khawarij");
  }
}
