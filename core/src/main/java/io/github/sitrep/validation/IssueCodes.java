package io.github.sitrep.validation;

/**
 * The codes of the issues sitrep's own validators report. Codes are stable: a program may
 * test them, and they change only with a new major version.
 */
public final class IssueCodes {

  /** A validator threw instead of reporting; the message names it and the exception. */
  public static final String VALIDATOR_FAILED = "validator.failed";

  /** A reference names an id that no entity (or statement) of that kind has. */
  public static final String REF_UNRESOLVED = "ref.unresolved";

  /** A reference points at a kind of entity not allowed there (a place as a speaker). */
  public static final String REF_KIND = "ref.kind";

  /** A span ends past the end of the article's text. */
  public static final String SPAN_OUTSIDE_TEXT = "span.outside-text";

  /** The text at a span differs from the text the mention (or date) says it covers. */
  public static final String SPAN_TEXT_MISMATCH = "span.text-mismatch";

  /** Two entities, two statements or two events share an id. */
  public static final String ID_DUPLICATE = "id.duplicate";

  /** Two different entities are known by the same name or alias (case and spacing aside). */
  public static final String NAME_SHARED = "name.shared";

  /** An event that is not merely intended is dated after the publication date. */
  public static final String DATE_AFTER_PUBLICATION = "date.after-publication";

  /** A statement has no speaker and is not marked speaker-unknown. */
  public static final String STATEMENT_NO_SPEAKER = "statement.no-speaker";

  /** Following part-of references from a force comes back to it. */
  public static final String CYCLE_PART_OF = "cycle.part-of";

  /** Following parent references from a place comes back to it. */
  public static final String CYCLE_PARENT = "cycle.parent";

  /** The dateline refers to an entity that is not a place. */
  public static final String DATELINE_NOT_PLACE = "dateline.not-place";

  /**
   * The prefix of Bean Validation issues, followed by the constraint annotation's simple
   * name: {@code constraint.NotBlank}, {@code constraint.Pattern}.
   */
  public static final String CONSTRAINT_PREFIX = "constraint.";

  private IssueCodes() {}
}
