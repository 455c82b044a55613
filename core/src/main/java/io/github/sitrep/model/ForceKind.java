package io.github.sitrep.model;

/** The kinds of armed or security organisation. */
public enum ForceKind {
  /** A state's military, police, intelligence or other security forces. */
  STATE,
  /** A non-state armed group (rebels, insurgents, armed opposition, separatists). */
  NON_STATE,
  /** A militia: an armed group tied to a community, party or state without being its army. */
  MILITIA,
  /** A coalition or alliance of several states' or groups' forces, or a joint task force. */
  COALITION,
  /** An armed group designated as terrorist by the UN, the US or the EU. */
  TERRORIST,
  /** Anything else: private military companies, unidentified gunmen. */
  OTHER
}
