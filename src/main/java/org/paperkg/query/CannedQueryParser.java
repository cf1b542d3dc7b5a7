package org.paperkg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/** Reader of one canned-query file: its comment header and its SPARQL body. */
final class CannedQueryParser {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FIELD = Pattern.compile("#\\s?(title|description|param):(.*)");
    private static final Pattern CONTINUATION = Pattern.compile("#(  |\\t)\\s*(\\S.*)");
    private static final Pattern PARAM = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(.*?)\\s+—\\s+(\\S.*)");
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");
    private static final int MAX_NAME_LENGTH = 64;

    private final String origin;
    private final String text;
    private final String[] lines;

    private String title;
    private int titleLine;
    private StringBuilder description;
    private int descriptionLine;
    private final List<ParamDraft> params = new ArrayList<>();
    /** The field that an indented continuation line extends: 't', 'd', 'p' or 0 for none. */
    private char lastField;

    CannedQueryParser(String origin, String text) {
        this.origin = origin;
        this.text = text;
        this.lines = text.split("\r?\n", -1);
    }

    CannedQuery parse() {
        String name = nameOf(origin);
        int bodyStart = readHeader();
        if (title == null) {
            throw error(1, "missing '# title:' line in the header");
        }
        if (description == null) {
            throw error(1, "missing '# description:' line in the header");
        }
        Query query = parseSparql();
        List<CannedQuery.Param> declared = new ArrayList<>();
        String body = String.join("\n", Arrays.asList(lines).subList(bodyStart, lines.length));
        if (mentions(body, CannedQuery.LIMIT_PARAM)) {
            throw error(bodyStart + 1, "the variable ?limit is reserved: the 'limit' parameter sets the LIMIT clause");
        }
        for (ParamDraft draft : params) {
            CannedQuery.Param p = new CannedQuery.Param(draft.name, draft.defaultValue, draft.description.toString());
            checkParam(p, draft.line, query, body);
            declared.add(p);
        }
        return new CannedQuery(name, title, description.toString(), declared, text);
    }

    private String nameOf(String source) {
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        if (!file.endsWith(".rq")) {
            throw error(1, "a canned query file name must end in .rq");
        }
        String name = file.substring(0, file.length() - ".rq".length());
        if (!NAME.matcher(name).matches() || name.length() > MAX_NAME_LENGTH) {
            throw error(1, "query name '" + name + "' is not kebab-case (lower-case letters, digits and single hyphens)");
        }
        return name;
    }

    /** Reads the leading comment lines and returns the index of the first body line. */
    private int readHeader() {
        if (lines.length == 0 || !lines[0].startsWith("# title:")) {
            throw error(1, "a canned query must start with a '# title:' line");
        }
        int i = 0;
        while (i < lines.length && lines[i].startsWith("#")) {
            readHeaderLine(lines[i].stripTrailing(), i + 1);
            i++;
        }
        return i;
    }

    private void readHeaderLine(String line, int lineNo) {
        if (line.equals("#")) {
            lastField = 0;
            return;
        }
        Matcher cont = CONTINUATION.matcher(line);
        if (cont.matches()) {
            continueField(cont.group(2).strip(), lineNo);
            return;
        }
        Matcher field = FIELD.matcher(line);
        if (!field.matches()) {
            throw error(lineNo, "unrecognised header line; expected '# title:', '# description:', '# param:' "
                    + "or a continuation line indented by two spaces after '#'");
        }
        String value = field.group(2).strip();
        switch (field.group(1)) {
            case "title" -> {
                if (title != null) {
                    throw error(lineNo, "second '# title:' line (the first is on line " + titleLine + ")");
                }
                requireValue(value, "title", lineNo);
                title = value;
                titleLine = lineNo;
                lastField = 't';
            }
            case "description" -> {
                if (description != null) {
                    throw error(lineNo, "second '# description:' line (the first is on line " + descriptionLine + ")");
                }
                requireValue(value, "description", lineNo);
                description = new StringBuilder(value);
                descriptionLine = lineNo;
                lastField = 'd';
            }
            default -> {
                params.add(readParam(value, lineNo));
                lastField = 'p';
            }
        }
    }

    private void requireValue(String value, String field, int lineNo) {
        if (value.isEmpty()) {
            throw error(lineNo, "empty " + field);
        }
    }

    private void continueField(String more, int lineNo) {
        switch (lastField) {
            case 't' -> title = title + " " + more;
            case 'd' -> description.append(' ').append(more);
            case 'p' -> params.get(params.size() - 1).description.append(' ').append(more);
            default -> throw error(lineNo, "indented continuation line does not follow a title, description or param");
        }
    }

    private ParamDraft readParam(String spec, int lineNo) {
        Matcher m = PARAM.matcher(spec);
        if (!m.matches()) {
            throw error(lineNo, "malformed parameter; expected '# param: NAME = DEFAULT — DESCRIPTION' "
                    + "(NAME is letters and digits, the separator is an em dash '—')");
        }
        String name = m.group(1);
        String defaultValue = m.group(2);
        if (defaultValue.isEmpty()) {
            throw error(lineNo, "parameter '" + name + "' has no default value");
        }
        if (params.stream().anyMatch(p -> p.name.equals(name))) {
            throw error(lineNo, "parameter '" + name + "' is declared twice");
        }
        return new ParamDraft(name, defaultValue, new StringBuilder(m.group(3).strip()), lineNo);
    }

    private Query parseSparql() {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().strip();
            Matcher at = LINE_IN_MESSAGE.matcher(message);
            int line = e.getLine() > 0 ? e.getLine() : at.find() ? Integer.parseInt(at.group(1)) : 1;
            throw error(line, "SPARQL syntax error: " + message.lines().findFirst().orElse("unparsable query"));
        }
        if (!query.isSelectType()) {
            throw error(1, "a canned query must be a SELECT query");
        }
        return query;
    }

    private void checkParam(CannedQuery.Param p, int lineNo, Query query, String body) {
        if (p.isLimit()) {
            checkLimit(p, lineNo, query);
            return;
        }
        if (p.kind() == ParamKind.TEXT) {
            String key = p.name() + Bindings.KEY_SUFFIX;
            if (params.stream().anyMatch(other -> other.name.equals(key))) {
                throw error(lineNo, "parameter '" + key + "' clashes with the key variable of text parameter '"
                        + p.name() + "'");
            }
            if (!mentions(body, p.name()) && !mentions(body, key)) {
                throw error(lineNo, "parameter '" + p.name() + "' is not used: the query mentions neither ?"
                        + p.name() + " nor ?" + key);
            }
        } else if (!mentions(body, p.name())) {
            throw error(lineNo, "parameter '" + p.name() + "' is not used: the query does not mention ?" + p.name());
        }
    }

    private void checkLimit(CannedQuery.Param p, int lineNo, Query query) {
        if (p.kind() != ParamKind.INTEGER || Long.parseLong(p.defaultValue()) < 1) {
            throw error(lineNo, "the default of 'limit' must be a positive integer");
        }
        if (!query.hasLimit()) {
            throw error(lineNo, "a query with a 'limit' parameter must end with a LIMIT clause");
        }
        if (query.getLimit() != Long.parseLong(p.defaultValue())) {
            throw error(lineNo, "the default of 'limit' (" + p.defaultValue() + ") differs from the query's LIMIT "
                    + query.getLimit());
        }
    }

    private static boolean mentions(String body, String variable) {
        return Pattern.compile("[?$]" + Pattern.quote(variable) + "(?![A-Za-z0-9_])").matcher(body).find();
    }

    private CannedQueryFormatException error(int line, String problem) {
        return new CannedQueryFormatException(origin, line, problem);
    }

    /** A parameter while its description may still grow by continuation lines. */
    private static final class ParamDraft {
        final String name;
        final String defaultValue;
        final StringBuilder description;
        final int line;

        ParamDraft(String name, String defaultValue, StringBuilder description, int line) {
            this.name = name;
            this.defaultValue = defaultValue;
            this.description = description;
            this.line = line;
        }
    }
}
