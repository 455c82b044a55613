package io.github.sitrep.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the sitrep model. Every naming decision of the generated
 * value classes is made here, once.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // JavaBeans accessors (getName, isX): Bean Validation only sees getter properties.
    get = {"get*", "is*"},
    // Builder setters are named after the attribute: builder().name("ISIS").
    init = "*",
    // Generated classes are ImmutableActor, ImmutableForce, ...
    typeImmutable = "Immutable*",
    // Plain JDK collections and Optional, no Guava on the class path.
    jdkOnly = true,
    // addAlias(..) for aliases, addMention(..) for mentions, and so on.
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "backer:backers", "title:titles"},
    // No @Generated on generated classes: it warns in downstream modules.
    allowedClasspathAnnotations = {Override.class},
    // Optional attributes may not be set to null through the builder.
    optionalAcceptNullable = false,
    // Generated classes are public so that users can name their builders.
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
public @interface SitrepStyle {}
