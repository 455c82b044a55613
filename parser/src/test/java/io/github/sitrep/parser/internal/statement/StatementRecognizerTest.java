package io.github.sitrep.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.StatementMode;
import io.github.sitrep.parser.internal.discourse.Fixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Attribution shapes on short invented sentences from several conflicts. */
class StatementRecognizerTest {

  private static final StatementRecognizer RECOGNIZER = new StatementRecognizer();

  private static List<Statement> read(Fixture f) {
    return RECOGNIZER.recognize(f.text(), f.layout(), f.entities(), f.times());
  }

  private static Statement only(Fixture f) {
    List<Statement> all = read(f);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static Optional<String> speaker(Statement s) {
    return s.getSpeaker().map(EntityRef::getId);
  }

  @Test
  void quoteThenSaidThenSpeaker() {
    Statement s = only(Fixture.of(
        "\"We will not leave Marib,\" said Houthi spokesman Mohammed Abdulsalam.")
        .person("abdulsalam", "Mohammed Abdulsalam").force("houthis", "Houthi")
        .place("marib", "Marib"));
    assertThat(speaker(s)).contains("abdulsalam");
    assertThat(s.getContent().getText()).isEqualTo("We will not leave Marib");
    assertThat(s.getMode()).isEqualTo(StatementMode.DIRECT);
    assertThat(s.getCue().map(Mention::getText)).contains("said");
  }

  @Test
  void quoteThenSpeakerThenSaid() {
    Statement s = only(Fixture.of("\"We repelled the attack,\" the Malian army said on Monday.")
        .force("fama", "Malian army").date("on Monday", LocalDate.of(2023, 5, 1)));
    assertThat(speaker(s)).contains("fama");
    assertThat(s.getDate().map(d -> d.getText())).contains("on Monday");
  }

  @Test
  void speakerSaidColonQuote() {
    Statement s = only(Fixture.of(
        "Army spokesman Nabil Abdallah said: \"The RSF attacked civilians in El Fasher.\"")
        .person("abdallah", "Nabil Abdallah").force("rsf", "RSF").place("fasher", "El Fasher"));
    assertThat(speaker(s)).contains("abdallah");
    assertThat(s.getContent().getText()).startsWith("The RSF attacked");
  }

  @Test
  void toldAddresseeThatQuote() {
    Statement s = only(Fixture.of(
        "The commander told Reuters that \"the front line has not moved in weeks.\"")
        .org("reuters", "Reuters").person("x", "Nobody Here"));
    assertThat(s.getMode()).isEqualTo(StatementMode.DIRECT);
    assertThat(s.getAddressee().map(EntityRef::getId)).contains("reuters");
    assertThat(s.getSpeaker()).isEmpty();
    assertThat(s.isSpeakerUnknown()).isTrue();
    assertThat(s.getSpeakerMention().map(Mention::getText)).contains("The commander");
  }

  @Test
  void pronounResolvesToLastPerson() {
    List<Statement> all = read(Fixture.of(
        "Ukrainian President Volodymyr Zelensky visited Kharkiv on Friday.\n"
            + "\"We will rebuild every house,\" he said.")
        .person("zelensky", "Volodymyr Zelensky").place("kharkiv", "Kharkiv"));
    assertThat(all).hasSize(1);
    assertThat(speaker(all.get(0))).contains("zelensky");
    assertThat(all.get(0).getSpeakerMention().map(Mention::getText)).contains("he");
  }

  @Test
  void quoteContinuesOverSentencesAndParagraphs() {
    List<Statement> all = read(Fixture.of(
        "\"The corridor is open,\" said UN envoy Hans Grundberg. \"Aid trucks crossed today.\"\n"
            + "\"We expect more convoys next week from Aden and Hodeidah.\"")
        .person("grundberg", "Hans Grundberg").org("un", "UN"));
    assertThat(all).hasSize(3).allSatisfy(s -> assertThat(speaker(s)).contains("grundberg"));
    assertThat(all.get(2).getContent().getText()).startsWith("We expect more convoys");
  }

  @Test
  void quoteClosingWithoutOpeningContinuesTheLastSpeaker() {
    List<Statement> all = read(Fixture.of(
        "\"The ceasefire holds,\" said the mediators. Both sides have pulled back from the line.\"")
        .org("mediators", "mediators"));
    assertThat(all).hasSize(2);
    assertThat(all.get(1).getContent().getText()).startsWith("Both sides have pulled back");
    assertThat(speaker(all.get(1))).contains("mediators");
  }

  @Test
  void forceSpeakerAfterCue() {
    Statement s = only(Fixture.of(
        "\"Our jets struck weapons depots near Sanaa,\" said the coalition.")
        .force("coalition", "coalition").place("sanaa", "Sanaa"));
    assertThat(speaker(s)).contains("coalition");
  }

  @Test
  void definiteNounPhraseResolvesToTheEntityNamedBefore() {
    List<Statement> all = read(Fixture.of(
        "The Ministry of Defence confirmed the strike.\n"
            + "\"No civilians were harmed,\" the ministry said.")
        .org("mod", "Ministry of Defence"));
    assertThat(all).anySatisfy(s -> {
      assertThat(s.getContent().getText()).isEqualTo("No civilians were harmed");
      assertThat(speaker(s)).contains("mod");
      assertThat(s.getSpeakerMention().map(Mention::getText)).contains("the ministry");
    });
  }

  @Test
  void announcedThatIsIndirect() {
    Statement s = only(Fixture.of(
        "Ukraine's defence ministry announced that Russian forces had shelled Kharkiv overnight.")
        .org("mod", "defence ministry").force("russia-forces", "Russian forces")
        .place("ukraine", "Ukraine").place("kharkiv", "Kharkiv"));
    assertThat(s.getMode()).isEqualTo(StatementMode.INDIRECT);
    assertThat(speaker(s)).contains("mod");
    assertThat(s.getContent().getText()).startsWith("Russian forces had shelled Kharkiv");
  }

  @Test
  void proclaimedWithoutThat() {
    Statement s = only(Fixture.of("Ethiopian Prime Minister Abiy Ahmed proclaimed victory in Tigray.")
        .person("abiy", "Abiy Ahmed").place("tigray", "Tigray"));
    assertThat(speaker(s)).contains("abiy");
    assertThat(s.getContent().getText()).isEqualTo("victory in Tigray");
  }

  @Test
  void contentBeforeInvertedCue() {
    Statement s = only(Fixture.of(
        "Fighters withdrew from two villages near Gao, revealed a MINUSMA report on Tuesday.")
        .org("minusma", "MINUSMA").place("gao", "Gao"));
    assertThat(speaker(s)).contains("minusma");
    assertThat(s.getContent().getText()).isEqualTo("Fighters withdrew from two villages near Gao");
  }

  @Test
  void statementFromOrganisationSaid() {
    Statement s = only(Fixture.of(
        "A statement from the Wagner Group said its men had left the town.")
        .force("wagner", "Wagner Group"));
    assertThat(speaker(s)).contains("wagner");
    assertThat(s.getContent().getText()).isEqualTo("its men had left the town");
  }

  @Test
  void claimedResponsibility() {
    Statement s = only(Fixture.of("Al-Shabaab claimed responsibility for the hotel siege.")
        .force("shabaab", "Al-Shabaab"));
    assertThat(speaker(s)).contains("shabaab");
    assertThat(s.getCue().map(Mention::getText)).contains("claimed");
    assertThat(s.getContent().getText()).isEqualTo("responsibility for the hotel siege");
  }

  @Test
  void accordingToBeforeAndAfter() {
    List<Statement> all = read(Fixture.of(
        "According to the Syrian Observatory, 12 fighters were killed near Idlib.\n"
            + "Three more died in hospital, according to the Syrian Observatory.")
        .org("sohr", "Syrian Observatory").place("idlib", "Idlib"));
    assertThat(all).hasSize(2).allSatisfy(s -> assertThat(speaker(s)).contains("sohr"));
    assertThat(all.get(0).getContent().getText()).isEqualTo("12 fighters were killed near Idlib");
    assertThat(all.get(1).getContent().getText()).isEqualTo("Three more died in hospital");
  }

  @Test
  void quotedFragmentInsideReportedSpeechIsMixed() {
    Statement s = only(Fixture.of(
        "The ministry told Reuters that the militants had \"fled in panic\" from Sirte.")
        .org("ministry", "ministry").org("reuters", "Reuters").place("sirte", "Sirte"));
    assertThat(s.getMode()).isEqualTo(StatementMode.MIXED);
    assertThat(s.getContent().getText()).startsWith("the militants had \"fled in panic\"");
    assertThat(s.getAddressee().map(EntityRef::getId)).contains("reuters");
  }

  @Test
  void scareQuotesAreNoStatement() {
    assertThat(read(Fixture.of("The so-called \"security zone\" remains contested by both armies.")))
        .isEmpty();
  }

  @Test
  void unknownSpeakerKeepsTheWords() {
    Statement s = only(Fixture.of("\"We have lost everything,\" said a resident of Taiz.")
        .place("taiz", "Taiz"));
    assertThat(s.isSpeakerUnknown()).isTrue();
    assertThat(s.getSpeakerMention().map(Mention::getText)).contains("a resident of Taiz");
  }

  @Test
  void denialIsAStatement() {
    Statement s = only(Fixture.of("Hamas denied that its fighters had fired the rockets.")
        .force("hamas", "Hamas"));
    assertThat(s.getCue().map(Mention::getText)).contains("denied");
    assertThat(s.getContent().getText()).isEqualTo("its fighters had fired the rockets");
  }

  @Test
  void passiveAndNounUsesAreNoCues() {
    assertThat(read(Fixture.of(
        "The commander is said to be in hiding. Their claims could not be checked. "
            + "The blast claimed the lives of four soldiers.")))
        .isEmpty();
  }

  @Test
  void countrySubjectSpeaksWithoutAPlaceAsSpeaker() {
    Statement s = only(Fixture.of("Iran said the drones had been shot down over the Gulf.")
        .place("iran", "Iran").withCountries("iran"));
    assertThat(s.getSpeaker()).as("the model allows only actors and forces as speakers").isEmpty();
    assertThat(s.isSpeakerUnknown()).isTrue();
    assertThat(s.getSpeakerMention().map(Mention::getText)).contains("Iran");
  }

  @Test
  void officialsOfAnEntityAreAnUnnamedSource() {
    Statement s = only(Fixture.of("A suicide bomber struck a checkpoint in Maymana, Taliban "
        + "officials said.").force("taliban", "Taliban").place("maymana", "Maymana"));
    assertThat(s.isSpeakerUnknown()).isTrue();
    assertThat(s.getSpeakerMention().map(Mention::getText)).contains("Taliban officials");
  }

  @Test
  void bareSurnameNamesThePersonMetBefore() {
    List<Statement> all = read(Fixture.of("An RSF adviser, Hamid Tirab, spoke to reporters.\n"
        + "\"Our forces do not shell markets,\" Tirab told reporters.")
        .person("tirab", "Hamid Tirab").force("rsf", "RSF"));
    assertThat(all).hasSize(1);
    assertThat(speaker(all.get(0))).contains("tirab");
  }

  @Test
  void participleCueTakesTheSentenceSubject() {
    List<Statement> all = read(Fixture.of("JNIM claimed the ambush in a statement shared online, "
        + "saying it had punished the militias.").force("jnim", "JNIM"));
    assertThat(all).anySatisfy(s -> {
      assertThat(s.getContent().getText()).isEqualTo("it had punished the militias");
      assertThat(speaker(s)).contains("jnim");
    });
  }

  @Test
  void theStatementSpeaksForTheLastNamedSpeaker() {
    List<Statement> all = read(Fixture.of("The coalition said it had detained two men.\n"
        + "\"We remain committed to our partners,\" the statement said.")
        .force("cjtf", "coalition"));
    assertThat(all).hasSize(2).allSatisfy(s -> assertThat(speaker(s)).contains("cjtf"));
  }

  @Test
  void appositiveWithParticipleIsSkipped() {
    Statement s = only(Fixture.of("The Government of National Unity, based in Tripoli, said "
        + "in a statement that a ceasefire had taken effect.")
        .org("gnu", "Government of National Unity").place("tripoli", "Tripoli"));
    assertThat(speaker(s)).contains("gnu");
    assertThat(s.getContent().getText()).isEqualTo("a ceasefire had taken effect");
  }

  @Test
  void noGroupClaimingIsNoStatement() {
    assertThat(read(Fixture.of("No group immediately claimed responsibility."))).isEmpty();
  }
}
