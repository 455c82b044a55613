package io.github.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.sitrep.model.Article;
import java.util.Collection;
import java.util.Optional;

/**
 * Generates the JSON Schema of the article JSON from the model interfaces, with victools'
 * jsonschema-generator: properties from the {@code get*}/{@code is*} accessors, constraints
 * from the Bean Validation annotations, property order from Jackson's annotations.
 */
final class ArticleSchemaGenerator {

  /** What the Jakarta module writes for {@code @NotBlank} on an optional: not ECMA-262. */
  private static final String NOT_BLANK_JAVA = "(?s)\\s*+\\S.*+";
  /** The same in a pattern every JSON Schema validator reads: one character that is not space. */
  private static final String NOT_BLANK = "\\S";

  private ArticleSchemaGenerator() {}

  /** @return the schema, pretty-printed, ending with a line feed */
  static String generate() throws Exception {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
            .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.EXTRA_OPEN_API_FORMAT_VALUES);
    config.forMethods().withIgnoreCheck(m -> !isProperty(m));
    config.forMethods().withRequiredCheck(ArticleSchemaGenerator::required);
    ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(Article.class);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode schema = mapper.createObjectNode();
    schema.set("$schema", generated.remove("$schema"));
    schema.put("title", "sitrep article");
    schema.put("description", "The article JSON of sitrep, schemaVersion " + Article.SCHEMA_VERSION
        + ": an article and what was read from it. Generated from the model by ArticleSchemaTest;"
        + " do not edit.");
    schema.setAll(generated);
    replacePatterns(schema);
    return mapper.writeValueAsString(schema) + "\n";
  }

  private static void replacePatterns(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      JsonNode pattern = object.get("pattern");
      if (pattern != null && NOT_BLANK_JAVA.equals(pattern.asText())) {
        object.put("pattern", NOT_BLANK);
      }
    }
    node.forEach(ArticleSchemaGenerator::replacePatterns);
  }

  /** A JSON property is a {@code get*} or {@code is*} accessor without arguments. */
  private static boolean isProperty(MethodScope m) {
    String name = m.getDeclaredName();
    return m.getArgumentCount() == 0 && !m.isStatic()
        && (name.startsWith("get") || name.startsWith("is"));
  }

  /**
   * What a builder needs: an accessor that is abstract (not a {@code @Value.Default}) and
   * neither an {@code Optional} nor a collection.
   */
  private static boolean required(MethodScope m) {
    Class<?> type = m.getType().getErasedType();
    boolean optional = Optional.class.equals(type) || Collection.class.isAssignableFrom(type);
    return !optional && !m.getRawMember().isDefault();
  }
}
