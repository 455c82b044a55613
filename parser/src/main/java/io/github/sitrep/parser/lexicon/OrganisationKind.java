package io.github.sitrep.parser.lexicon;

/** The kinds of non-armed organisation a lexicon knows. */
public enum OrganisationKind {
  /** A government, presidency or cabinet: "the Kremlin", "the White House". */
  GOVERNMENT,
  /** A ministry or department: "the Pentagon", "Ministry of Defence". */
  MINISTRY,
  /** A news outlet or agency: "Reuters", "Rudaw". */
  MEDIA,
  /** An international body: "the United Nations", "the African Union". */
  INTERNATIONAL,
  /** A non-governmental organisation: "Human Rights Watch". */
  NGO,
  /** Any other organisation. */
  OTHER
}
