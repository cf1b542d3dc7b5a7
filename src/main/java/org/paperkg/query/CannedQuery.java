package org.paperkg.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, parameterised SPARQL SELECT query that answers one research question over the paper graph.
 *
 * <p>Canned queries live in {@code queries/NAME.rq}; the file starts with a header of comment lines that this record
 * mirrors (the format is described in {@code queries/README.md}):
 *
 * <pre>
 * # title: What outperforms an entity
 * # description: Entities that directly outperform the named entity ...
 * # param: name = GPT-4 — the entity to look up
 * # param: limit = 50 — maximum number of rows
 * </pre>
 *
 * <p>Example: {@code CannedQuery q = CannedQuery.parse("queries/what-outperforms.rq", text);}
 *
 * @param name the file name without {@code .rq}, in kebab-case
 * @param title a one-line title
 * @param description what the query returns, in a sentence or two
 * @param params the parameters in the order they are declared
 * @param sparql the whole file text, header included (the header is made of SPARQL comments)
 */
public record CannedQuery(String name, String title, String description, List<Param> params, String sparql) {

    /** The parameter that sets the query's LIMIT instead of binding a variable. */
    public static final String LIMIT_PARAM = "limit";

    /** Validates the fields and copies the parameter list. */
    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sparql, "sparql");
        params = List.copyOf(params);
    }

    /**
     * One declared parameter of a canned query.
     *
     * @param name the parameter name, which is also the SPARQL variable it binds
     * @param defaultValue the value used when the caller gives none
     * @param description what the parameter means
     */
    public record Param(String name, String defaultValue, String description) {
        /** Checks that no field is missing. */
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(defaultValue, "defaultValue");
            Objects.requireNonNull(description, "description");
        }

        /** The kind of value this parameter takes, inferred from its default. */
        public ParamKind kind() {
            return ParamKind.ofDefault(defaultValue);
        }

        /** Whether this is the {@code limit} parameter, which sets the query's LIMIT. */
        public boolean isLimit() {
            return LIMIT_PARAM.equals(name);
        }
    }

    /** The declared parameter with this name. */
    public Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /**
     * Parses a canned-query file.
     *
     * @param origin where the text came from, ending in {@code NAME.rq}; used for the name and in error messages
     * @param text the whole file
     * @throws CannedQueryFormatException naming the origin and line when the header or the query is malformed
     */
    public static CannedQuery parse(String origin, String text) {
        return new CannedQueryParser(origin, text).parse();
    }
}
