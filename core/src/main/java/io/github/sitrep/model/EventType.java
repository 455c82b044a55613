package io.github.sitrep.model;

import java.util.Optional;

/**
 * The event types of sitrep's own ontology for conflict and security news, each with its
 * crosswalk to PLOVER, CAMEO and ACLED. An empty crosswalk value means "no mapping": the
 * other scheme has no type that fits.
 *
 * <p>The PLOVER value is a PLOVER event type; the CAMEO value a CAMEO event code; the ACLED
 * values an ACLED event type and sub-event type. Where ACLED splits by actor (a government
 * regaining territory against a non-state actor overtaking it), the crosswalk gives the
 * general case and exporters may refine it.
 */
public enum EventType {
  /** An agreement reached or signed, or an agreement to act together. */
  AGREE("AGREE", "057", "Strategic developments", "Agreement"),
  /** A meeting, visit, talks or consultation. */
  MEET("CONSULT", "040", null, null),
  /** Cooperation, coordination, joint operations, sharing of intelligence. */
  COOPERATE("COOPERATE", "062", null, null),
  /** The formation of a body: a joint centre, a committee, a new unit or group. */
  FORM(null, null, "Strategic developments", "Change to group/activity"),
  /** An armed attack on a military or armed target. */
  ATTACK("ASSAULT", "190", "Battles", "Armed clash"),
  /** An attack on civilians. */
  ATTACK_CIVILIANS("ASSAULT", "180", "Violence against civilians", "Attack"),
  /** Fighting between two armed sides. */
  CLASH("FIGHT", "190", "Battles", "Armed clash"),
  /** An air or drone strike. */
  AIRSTRIKE("FIGHT", "195", "Explosions/Remote violence", "Air/drone strike"),
  /** Shelling, artillery, rocket or missile fire. */
  SHELLING("FIGHT", "194", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
  /** A bombing with an improvised device, a car bomb or a landmine. */
  BOMBING("ASSAULT", "183", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
  /** A suicide bombing. */
  SUICIDE_BOMBING("ASSAULT", "1831", "Explosions/Remote violence", "Suicide bomb"),
  /** A killing, or casualties without a more precise kind of attack. */
  KILL("ASSAULT", "18", "Violence against civilians", "Attack"),
  /** An abduction, kidnapping or hostage taking. */
  ABDUCT("ASSAULT", "181", "Violence against civilians", "Abduction/forced disappearance"),
  /** The capture of territory, or control declared over it. */
  CAPTURE("FIGHT", "192", "Battles", "Non-state actor overtakes territory"),
  /** A withdrawal, retreat or pull-out of forces. */
  WITHDRAW("RETREAT", "0874", "Strategic developments", "Other"),
  /** A deployment or reinforcement of forces. */
  DEPLOY("MOBILIZE", "154", "Strategic developments", "Other"),
  /** A proclamation of victory, defeat or the end of a war. */
  PROCLAIM(null, "010", "Strategic developments", "Other"),
  /** A flag raised as a sign of control. */
  RAISE_FLAG(null, null, "Strategic developments", "Other"),
  /** An arrest or detention. */
  ARREST("COERCE", "173", "Strategic developments", "Arrests"),
  /** The release of prisoners, detainees or hostages. */
  RELEASE("CONCEDE", "0841", "Strategic developments", "Other"),
  /** A ceasefire or truce declared or agreed. */
  CEASEFIRE("AGREE", "0871", "Strategic developments", "Agreement"),
  /** A demonstration or protest. */
  PROTEST("PROTEST", "14", "Protests", "Peaceful protest"),
  /** A threat of force. */
  THREATEN("THREATEN", "13", null, null),
  /** A claim of responsibility for an attack. */
  CLAIM_RESPONSIBILITY(null, "010", null, null),
  /** An event of none of the kinds above. */
  OTHER(null, null, null, null);

  private final String plover;
  private final String cameo;
  private final String acledEventType;
  private final String acledSubEventType;

  EventType(String plover, String cameo, String acledEventType, String acledSubEventType) {
    this.plover = plover;
    this.cameo = cameo;
    this.acledEventType = acledEventType;
    this.acledSubEventType = acledSubEventType;
  }

  /** @return the PLOVER event type, or empty for no mapping */
  public Optional<String> plover() {
    return Optional.ofNullable(plover);
  }

  /** @return the CAMEO event code, or empty for no mapping */
  public Optional<String> cameo() {
    return Optional.ofNullable(cameo);
  }

  /** @return the ACLED event type, or empty for no mapping */
  public Optional<String> acledEventType() {
    return Optional.ofNullable(acledEventType);
  }

  /** @return the ACLED sub-event type, or empty for no mapping */
  public Optional<String> acledSubEventType() {
    return Optional.ofNullable(acledSubEventType);
  }
}
