package org.paperkg.query;

import java.util.regex.Pattern;

/**
 * The kind of value a canned-query parameter takes, inferred from the shape of its default value.
 *
 * <p>A default such as {@code 20} makes an integer parameter, {@code 0.5} a decimal parameter, anything else a text
 * parameter. The kind decides how a value is validated and which RDF term it is bound to.
 */
public enum ParamKind {
    /** A whole number, bound as an {@code xsd:integer} literal. */
    INTEGER,
    /** A decimal number, bound as an {@code xsd:decimal} literal. */
    DECIMAL,
    /** Free text, bound as an {@code xsd:string} literal plus its normalised key (see {@link Bindings}). */
    TEXT;

    private static final Pattern INTEGER_SHAPE = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL_SHAPE = Pattern.compile("-?[0-9]+\\.[0-9]+");

    /** The kind whose values look like {@code defaultValue}. */
    public static ParamKind ofDefault(String defaultValue) {
        if (INTEGER_SHAPE.matcher(defaultValue).matches()) {
            return INTEGER;
        }
        if (DECIMAL_SHAPE.matcher(defaultValue).matches()) {
            return DECIMAL;
        }
        return TEXT;
    }
}
