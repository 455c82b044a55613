package io.github.sitrep.parser.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.CountQualifier;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.Fixture;
import io.github.sitrep.parser.internal.statement.StatementRecognizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Event shapes on short invented sentences from several conflicts. */
class EventRecognizerTest {

  private static final StatementRecognizer STATEMENTS = new StatementRecognizer();
  private static final EventRecognizer EVENTS = new EventRecognizer();
  private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 10);

  private static List<Event> read(Fixture f) {
    List<Statement> statements = STATEMENTS.recognize(f.text(), f.layout(), f.entities(), f.times());
    return EVENTS.recognize(f.text(), f.layout(), f.entities(), statements, f.times());
  }

  private static Event only(Fixture f) {
    List<Event> all = read(f);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static Optional<ParticipantRole> role(Event e, String id) {
    return e.getParticipants().stream().filter(p -> p.getEntity().getId().equals(id))
        .map(Participant::getRole).findFirst();
  }

  @Test
  void missileFireWithCasualtiesPlaceAndDate() {
    Event e = only(Fixture.of("Houthi rebels fired missiles at Marib on Sunday, killing 11 "
        + "soldiers and wounding five others.")
        .force("houthis", "Houthi rebels").place("marib", "Marib").date("on Sunday", SUNDAY));
    assertThat(e.getType()).isEqualTo(EventType.SHELLING);
    assertThat(role(e, "houthis")).contains(ParticipantRole.AGENT);
    assertThat(e.getPlace().map(EntityRef::getId)).contains("marib");
    assertThat(e.getDate().flatMap(d -> d.getEarliest())).contains(SUNDAY);
    assertThat(e.getFatalities().map(c -> c.getCount())).contains(11);
    assertThat(e.getInjuries().map(c -> c.getCount())).contains(5);
    assertThat(e.getStatus()).isEqualTo(EventStatus.HAPPENED);
  }

  @Test
  void bombingWithBoundedCounts() {
    Event e = only(Fixture.of("A suicide bombing at a market in Kabul killed up to 60 people "
        + "and wounded more than 100 others.").place("kabul", "Kabul"));
    assertThat(e.getType()).isEqualTo(EventType.SUICIDE_BOMBING);
    assertThat(e.getPlace().map(EntityRef::getId)).contains("kabul");
    assertThat(e.getFatalities().map(c -> c.getCount())).contains(60);
    assertThat(e.getFatalities().map(c -> c.getQualifier())).contains(CountQualifier.AT_MOST);
    assertThat(e.getInjuries().map(c -> c.getCount())).contains(100);
    assertThat(e.getInjuries().map(c -> c.getQualifier())).contains(CountQualifier.AT_LEAST);
  }

  @Test
  void killedAndWoundedNumbersInWords() {
    Event e = only(Fixture.of("Eleven killed and five wounded in shelling of Donetsk.")
        .place("donetsk", "Donetsk"));
    assertThat(e.getType()).isEqualTo(EventType.SHELLING);
    assertThat(e.getFatalities().map(c -> c.getCount())).contains(11);
    assertThat(e.getInjuries().map(c -> c.getCount())).contains(5);
  }

  @Test
  void dozensIsApproximate() {
    Event e = only(Fixture.of("Airstrikes on Idlib killed dozens of civilians.")
        .place("idlib", "Idlib"));
    assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(e.getFatalities().map(c -> c.getQualifier())).contains(CountQualifier.APPROXIMATE);
    assertThat(e.getPlace().map(EntityRef::getId)).contains("idlib");
  }

  @Test
  void twoAgentsAgreeAndAnIntendedComplement() {
    List<Event> all = read(Fixture.of("The Sudanese army and the RSF agreed to form a joint "
        + "committee in Jeddah.")
        .force("saf", "Sudanese army").force("rsf", "RSF").place("jeddah", "Jeddah"));
    assertThat(all).extracting(Event::getType).containsExactly(EventType.AGREE, EventType.FORM);
    assertThat(all.get(0).getStatus()).isEqualTo(EventStatus.HAPPENED);
    assertThat(all.get(1).getStatus()).isEqualTo(EventStatus.INTENDED);
    for (Event e : all) {
      assertThat(role(e, "saf")).contains(ParticipantRole.AGENT);
      assertThat(role(e, "rsf")).contains(ParticipantRole.AGENT);
    }
  }

  @Test
  void negatedWithdrawal() {
    Event e = only(Fixture.of("Wagner fighters did not withdraw from Bakhmut.")
        .force("wagner", "Wagner fighters").place("bakhmut", "Bakhmut"));
    assertThat(e.getType()).isEqualTo(EventType.WITHDRAW);
    assertThat(e.getStatus()).isEqualTo(EventStatus.NEGATED);
    assertThat(e.getPlace().map(EntityRef::getId)).contains("bakhmut");
  }

  @Test
  void plansAndWillAreIntended() {
    List<Event> all = read(Fixture.of("The army plans to attack Khartoum. "
        + "Kenyan police will deploy to Haiti.")
        .force("army", "army").force("police", "Kenyan police").place("khartoum", "Khartoum")
        .place("haiti", "Haiti"));
    assertThat(all).extracting(Event::getType).containsExactly(EventType.ATTACK, EventType.DEPLOY);
    assertThat(all).allSatisfy(e -> assertThat(e.getStatus()).isEqualTo(EventStatus.INTENDED));
    assertThat(all.get(1).getPlace().map(EntityRef::getId)).contains("haiti");
  }

  @Test
  void aGenericMentionIsNoEvent() {
    assertThat(read(Fixture.of("Attacks have increased and raids are common."))).isEmpty();
    assertThat(read(Fixture.of("No group has claimed the attack.")))
        .extracting(Event::getStatus).containsExactly(EventStatus.NEGATED);
  }

  @Test
  void mereFutureModalsGiveNoEvent() {
    assertThat(read(Fixture.of("The two armies could clash again near the border."))).isEmpty();
  }

  @Test
  void aDefiniteNounRefersBack() {
    List<Event> all = read(Fixture.of("Al-Shabaab militants stormed a hotel in Mogadishu. "
        + "The attack lasted twelve hours.")
        .force("shabaab", "Al-Shabaab militants").place("mogadishu", "Mogadishu"));
    assertThat(all).hasSize(1);
    assertThat(all.get(0).getTrigger().getText()).isEqualTo("stormed");
  }

  @Test
  void anotherAttackIsAnotherEvent() {
    List<Event> all = read(Fixture.of("Gunmen attacked a checkpoint in Kano. "
        + "Another attack hit a market in Zaria.")
        .place("kano", "Kano").place("zaria", "Zaria"));
    assertThat(all).hasSize(2);
  }

  @Test
  void meetingWithOtherAtPlaceOnDate() {
    Event e = only(Fixture.of("Macron met with Tebboune in Algiers on Sunday.")
        .person("macron", "Macron").person("tebboune", "Tebboune").place("algiers", "Algiers")
        .date("on Sunday", SUNDAY));
    assertThat(e.getType()).isEqualTo(EventType.MEET);
    assertThat(role(e, "macron")).contains(ParticipantRole.AGENT);
    assertThat(role(e, "tebboune")).contains(ParticipantRole.OTHER);
    assertThat(e.getPlace().map(EntityRef::getId)).contains("algiers");
    assertThat(e.getDate()).isPresent();
  }

  @Test
  void passiveByGivesTheAgent() {
    Event e = only(Fixture.of("Two aid workers were abducted by the Wagner Group near Bambari.")
        .force("wagner", "Wagner Group").place("bambari", "Bambari"));
    assertThat(e.getType()).isEqualTo(EventType.ABDUCT);
    assertThat(role(e, "wagner")).contains(ParticipantRole.AGENT);
    assertThat(e.getPlace().map(EntityRef::getId)).contains("bambari");
  }

  @Test
  void eventInsideAQuotationIsClaimed() {
    Event e = only(Fixture.of("\"Our forces captured the town of Avdiivka,\" the ministry said.")
        .org("ministry", "ministry").place("avdiivka", "Avdiivka"));
    assertThat(e.getType()).isEqualTo(EventType.CAPTURE);
    assertThat(e.getStatus()).isEqualTo(EventStatus.CLAIMED);
    assertThat(e.getStatement()).contains("s1");
    assertThat(e.getPlace().map(EntityRef::getId)).contains("avdiivka");
  }

  @Test
  void eventInsideADenialIsNegated() {
    Event e = only(Fixture.of("The ministry denied that its jets had bombed the hospital.")
        .org("ministry", "ministry"));
    assertThat(e.getType()).isEqualTo(EventType.BOMBING);
    assertThat(e.getStatus()).isEqualTo(EventStatus.NEGATED);
  }

  @Test
  void claimOfResponsibility() {
    List<Event> all = read(Fixture.of("JNIM claimed responsibility for the ambush.")
        .force("jnim", "JNIM"));
    assertThat(all).extracting(Event::getType).contains(EventType.CLAIM_RESPONSIBILITY);
    assertThat(role(all.get(0), "jnim")).contains(ParticipantRole.AGENT);
  }

  @Test
  void theTwoSidesAreTheAgentsOfTheLastJointEvent() {
    List<Event> all = read(Fixture.of("Ethiopia and Eritrea signed an agreement in Asmara. "
        + "The two sides will meet again in Addis Ababa.")
        .place("ethiopia", "Ethiopia").place("eritrea", "Eritrea").place("asmara", "Asmara")
        .place("addis", "Addis Ababa").withCountries("ethiopia", "eritrea"));
    assertThat(all).extracting(Event::getType).containsExactly(EventType.AGREE, EventType.MEET);
    Event meet = all.get(1);
    assertThat(meet.getStatus()).isEqualTo(EventStatus.INTENDED);
    assertThat(role(meet, "ethiopia")).contains(ParticipantRole.AGENT);
    assertThat(role(meet, "eritrea")).contains(ParticipantRole.AGENT);
    assertThat(meet.getPlace().map(EntityRef::getId)).contains("addis");
  }

  @Test
  void triggersInsideNamesAreIgnored() {
    assertThat(read(Fixture.of("The Joint Coordination Committee for the Defeat of ISIS met.")
        .force("jcc", "Joint Coordination Committee for the Defeat of ISIS")))
        .extracting(Event::getType).containsExactly(EventType.MEET);
  }

  @Test
  void arrestAndRelease() {
    List<Event> all = read(Fixture.of("Police arrested three suspects in Lagos. "
        + "The court released them on Sunday. The army released a statement.")
        .force("police", "Police").place("lagos", "Lagos").date("on Sunday", SUNDAY));
    assertThat(all).extracting(Event::getType).containsExactly(EventType.ARREST, EventType.RELEASE);
  }

  @Test
  void sentenceSpanHoldsTheTrigger() {
    Event e = only(Fixture.of("First line. M23 rebels seized Goma.")
        .force("m23", "M23 rebels").place("goma", "Goma"));
    assertThat(e.getSentence()).isPresent();
    assertThat(e.getSentence().get().encloses(e.getTrigger().getSpan())).isTrue();
    assertThat(e.getPlace().map(EntityRef::getId)).contains("goma");
  }

  @Test
  void leadWithTrailingAttributionIsNarration() {
    List<Event> all = read(Fixture.of("Militants ambushed a patrol near Menaka on Sunday, the "
        + "army said.").force("army", "army").place("menaka", "Menaka").date("on Sunday", SUNDAY));
    assertThat(all).hasSize(1);
    assertThat(all.get(0).getStatus()).isEqualTo(EventStatus.HAPPENED);
    assertThat(all.get(0).getStatement()).isEmpty();
  }

  @Test
  void claimedEventTakesTheSpeakerAndTheStatementDate() {
    Event e = only(Fixture.of("Last week, the Malian army said 20 attackers had been neutralised.")
        .force("fama", "Malian army").date("Last week", SUNDAY));
    assertThat(e.getType()).isEqualTo(EventType.KILL);
    assertThat(e.getStatus()).isEqualTo(EventStatus.CLAIMED);
    assertThat(role(e, "fama")).contains(ParticipantRole.AGENT);
    assertThat(e.getDate()).isPresent();
  }

  @Test
  void attackOnAVillageIsAnAttackOnCivilians() {
    Event e = only(Fixture.of("Insurgents attacked the village of Chai on Friday night.")
        .place("chai", "Chai"));
    assertThat(e.getType()).isEqualTo(EventType.ATTACK_CIVILIANS);
    assertThat(e.getPlace().map(EntityRef::getId)).contains("chai");
  }

  @Test
  void launchingDronesIsAnAirStrike() {
    Event e = only(Fixture.of("Russian troops launched 22 Shahed-type drones at Odesa overnight.")
        .force("ru", "Russian troops").place("odesa", "Odesa"));
    assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(role(e, "ru")).contains(ParticipantRole.AGENT);
  }

  @Test
  void killingsInAFightAreTheirOwnEvent() {
    List<Event> all = read(Fixture.of("After an exchange of fire near Mir Ali, four militants "
        + "were killed in Mir Ali.").place("mirali", "Mir Ali"));
    assertThat(all).extracting(Event::getType).containsExactly(EventType.CLASH, EventType.KILL);
  }

  @Test
  void aDefinitePassiveSubjectRefersBackAndRefinesThePlace() {
    List<Event> all = read(Fixture.of("Gunmen ambushed a patrol in Niger on Saturday. "
        + "The patrol was attacked near Bani Bangou.")
        .place("niger", "Niger").place("bani", "Bani Bangou").withCountries("niger"));
    assertThat(all).hasSize(1);
    assertThat(all.get(0).getPlace().map(EntityRef::getId)).contains("bani");
  }

  @Test
  void killedInARaidIsAKilling() {
    Event e = only(Fixture.of("Taliban forces killed four militants in a raid in Balkh.")
        .force("taliban", "Taliban forces").place("balkh", "Balkh"));
    assertThat(e.getType()).isEqualTo(EventType.KILL);
    assertThat(e.getFatalities().map(c -> c.getCount())).contains(4);
  }

  @Test
  void aNationalAdjectiveNamesTheForce() {
    List<Event> all = read(Fixture.of("Russian forces attacked Kharkiv on Sunday. "
        + "A Russian missile slammed into a school in Dnipro.")
        .force("ru", "Russian forces").place("kharkiv", "Kharkiv").place("dnipro", "Dnipro")
        .date("on Sunday", SUNDAY));
    assertThat(all).hasSize(2);
    assertThat(all.get(1).getType()).isEqualTo(EventType.SHELLING);
    assertThat(role(all.get(1), "ru")).contains(ParticipantRole.AGENT);
  }
}
