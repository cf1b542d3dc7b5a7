package org.paperkg.query;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.paperkg.model.PaperKey;

/**
 * The validated parameter values of one canned-query run, ready to be bound as RDF terms.
 *
 * <p>Every declared parameter gets a value: the caller's, or else the default. Values become RDF literals and are
 * substituted for the query's variables by the query engine, never spliced into the query text, so a value such as
 * {@code Adam" } ; DROP ALL ; #} is just a string that matches nothing. How each kind is bound:
 * <ul>
 *   <li>text parameter {@code P}: {@code ?P} is the value as an {@code xsd:string} and {@code ?PKey} is
 *       {@link PaperKey#normalize(String)} of it, for matching {@code pkg:normalizedName};</li>
 *   <li>integer parameter {@code P}: {@code ?P} is an {@code xsd:integer};</li>
 *   <li>decimal parameter {@code P}: {@code ?P} is an {@code xsd:decimal};</li>
 *   <li>{@code limit}: binds no variable; it sets the query's LIMIT and must be a positive integer (the
 *       {@link QueryRunner} caps it).</li>
 * </ul>
 *
 * <p>Example: {@code Bindings b = Bindings.parse(query, List.of("name=Adam", "limit=10"));}
 *
 * @param query the canned query the values are for
 * @param values the value of every declared parameter, in declaration order
 */
public record Bindings(CannedQuery query, Map<String, String> values) {

    /** Appended to a text parameter's name to form the variable that holds its normalised key. */
    public static final String KEY_SUFFIX = "Key";

    /** The longest text value accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 1000;

    /**
     * Validates the given values against the query's parameters and fills in defaults for the missing ones.
     *
     * @throws QueryParameterException for an unknown parameter name or a value of the wrong kind
     */
    public Bindings {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(values, "values");
        for (String key : values.keySet()) {
            if (query.param(key).isEmpty()) {
                throw unknown(query, key);
            }
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        for (CannedQuery.Param p : query.params()) {
            String value = values.getOrDefault(p.name(), p.defaultValue());
            check(query, p, value);
            resolved.put(p.name(), value);
        }
        values = Collections.unmodifiableMap(resolved);
    }

    /** The bindings that use every parameter's default. */
    public static Bindings defaults(CannedQuery query) {
        return new Bindings(query, Map.of());
    }

    /**
     * Reads {@code KEY=VALUE} assignments, as given on the command line; the value is everything after the first
     * {@code =} and may be empty or contain further {@code =} signs.
     *
     * @throws QueryParameterException for a malformed or repeated assignment, an unknown name or a bad value
     */
    public static Bindings parse(CannedQuery query, List<String> assignments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new QueryParameterException("parameter '" + assignment + "' for query '" + query.name()
                        + "' is not of the form KEY=VALUE");
            }
            String key = assignment.substring(0, eq).strip();
            if (values.put(key, assignment.substring(eq + 1)) != null) {
                throw new QueryParameterException("parameter '" + key + "' is given twice for query '"
                        + query.name() + "'");
            }
        }
        return new Bindings(query, values);
    }

    /** The LIMIT asked for by the {@code limit} parameter, when the query declares one. */
    public OptionalLong limit() {
        String value = values.get(CannedQuery.LIMIT_PARAM);
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.strip()));
    }

    /** The variable-to-term substitution that carries these values into the query. */
    public Binding toBinding() {
        BindingBuilder builder = BindingFactory.builder();
        for (CannedQuery.Param p : query.params()) {
            String value = values.get(p.name());
            switch (p.kind()) {
                case INTEGER -> {
                    if (!p.isLimit()) {
                        builder.add(Var.alloc(p.name()),
                                NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value.strip())),
                                        XSDDatatype.XSDinteger));
                    }
                }
                case DECIMAL -> builder.add(Var.alloc(p.name()),
                        NodeFactory.createLiteralDT(new BigDecimal(value.strip()).toPlainString(),
                                XSDDatatype.XSDdecimal));
                case TEXT -> {
                    builder.add(Var.alloc(p.name()), NodeFactory.createLiteralString(value));
                    builder.add(Var.alloc(p.name() + KEY_SUFFIX), NodeFactory.createLiteralString(PaperKey.normalize(value)));
                }
            }
        }
        return builder.build();
    }

    /** The literal each variable is bound to, keyed by variable name; mainly for logging and tests. */
    public Map<String, Node> terms() {
        Map<String, Node> terms = new LinkedHashMap<>();
        toBinding().forEach((var, node) -> terms.put(var.getVarName(), node));
        return Collections.unmodifiableMap(terms);
    }

    private static void check(CannedQuery query, CannedQuery.Param p, String value) {
        String where = "parameter '" + p.name() + "' of query '" + query.name() + "'";
        switch (p.kind()) {
            case INTEGER -> {
                long n;
                try {
                    n = Long.parseLong(value.strip());
                } catch (NumberFormatException e) {
                    throw new QueryParameterException(where + " must be an integer, not '" + value + "'");
                }
                if (p.isLimit() && n < 1) {
                    throw new QueryParameterException(where + " must be at least 1, not " + n);
                }
            }
            case DECIMAL -> {
                try {
                    new BigDecimal(value.strip());
                } catch (NumberFormatException e) {
                    throw new QueryParameterException(where + " must be a decimal number, not '" + value + "'");
                }
            }
            case TEXT -> {
                if (value.length() > MAX_TEXT_LENGTH) {
                    throw new QueryParameterException(where + " is longer than " + MAX_TEXT_LENGTH + " characters");
                }
            }
        }
    }

    private static QueryParameterException unknown(CannedQuery query, String key) {
        if (query.params().isEmpty()) {
            return new QueryParameterException("unknown parameter '" + key + "': query '" + query.name()
                    + "' takes no parameters");
        }
        String valid = query.params().stream().map(CannedQuery.Param::name).collect(Collectors.joining(", "));
        return new QueryParameterException("unknown parameter '" + key + "' for query '" + query.name()
                + "'; valid parameters: " + valid);
    }
}
