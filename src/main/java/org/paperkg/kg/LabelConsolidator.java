package org.paperkg.kg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.paperkg.model.PaperKey;

/**
 * The build step that gives every entity one preferred label and every paper one title across all named graphs.
 *
 * <p>Each listing is mapped on its own, so two papers can label one entity differently: "SAM" alone in one
 * abstract, "Segment Anything Model (SAM)" in another, both minted as {@code entity/sam}. After loading, this step
 * picks the label {@link PreferredLabel} prefers among all the entity's preferred labels and rewrites every named
 * graph that uses another one: the chosen label becomes its {@code skos:prefLabel} and {@code rdfs:label} (with the
 * matching {@code pkg:normalizedName}), the replaced label becomes a {@code skos:altLabel}, and an
 * {@code skos:altLabel} equal to the chosen label is dropped. Likewise a paper listed with differently written
 * titles keeps the preferred title as {@code dcterms:title} and the others as {@code dcterms:alternative}. The
 * choice does not depend on load order, so rebuilds stay isomorphic; running it twice changes nothing.
 *
 * <pre>{@code
 * Txn.executeWrite(dataset, () -> LabelConsolidator.consolidate(dataset));
 * }</pre>
 */
public final class LabelConsolidator {
    private LabelConsolidator() {
    }

    /** {@code dcterms:alternative}, where replaced paper titles go. */
    static final Node DCT_ALTERNATIVE = NodeFactory.createURI(Vocab.DCTERMS_NS + "alternative");

    private static final String CONFLICTS = """
            SELECT ?s ?g ?l WHERE {
              { SELECT ?s WHERE { GRAPH ?g0 { ?s <%1$s> ?l0 } } GROUP BY ?s HAVING (COUNT(DISTINCT ?l0) > 1) }
              GRAPH ?g { ?s <%1$s> ?l }
            }""";

    /**
     * Rewrites conflicting preferred labels and titles in the named graphs of a dataset. The caller holds a write
     * transaction when the dataset is transactional.
     *
     * @return how many entities and papers were rewritten
     */
    public static int consolidate(DatasetGraph dataset) {
        Objects.requireNonNull(dataset, "dataset");
        int changed = 0;
        for (Map.Entry<Node, Map<Node, Set<String>>> e : conflicts(dataset, Vocab.SKOS_PREF_LABEL).entrySet()) {
            Node entity = e.getKey();
            String chosen = PreferredLabel.choose(allLabels(e.getValue()));
            for (Map.Entry<Node, Set<String>> inGraph : e.getValue().entrySet()) {
                Node g = inGraph.getKey();
                for (String old : inGraph.getValue()) {
                    if (!old.equals(chosen)) {
                        dataset.delete(g, entity, Vocab.SKOS_PREF_LABEL, string(old));
                        dataset.delete(g, entity, Vocab.RDFS_LABEL, string(old));
                        dataset.delete(g, entity, Vocab.NORMALIZED_NAME, string(PaperKey.normalize(old)));
                        dataset.add(g, entity, Vocab.SKOS_ALT_LABEL, string(old));
                    }
                }
                dataset.add(g, entity, Vocab.SKOS_PREF_LABEL, string(chosen));
                dataset.add(g, entity, Vocab.RDFS_LABEL, string(chosen));
                dataset.add(g, entity, Vocab.NORMALIZED_NAME, string(PaperKey.normalize(chosen)));
            }
            List<Quad> clashing = new ArrayList<>();
            dataset.find(Node.ANY, entity, Vocab.SKOS_ALT_LABEL, string(chosen)).forEachRemaining(clashing::add);
            clashing.forEach(dataset::delete);
            changed++;
        }
        for (Map.Entry<Node, Map<Node, Set<String>>> e : conflicts(dataset, Vocab.DCT_TITLE).entrySet()) {
            Node paper = e.getKey();
            String chosen = PreferredLabel.choose(allLabels(e.getValue()));
            for (Map.Entry<Node, Set<String>> inGraph : e.getValue().entrySet()) {
                for (String old : inGraph.getValue()) {
                    if (!old.equals(chosen)) {
                        dataset.delete(inGraph.getKey(), paper, Vocab.DCT_TITLE, string(old));
                        dataset.add(inGraph.getKey(), paper, DCT_ALTERNATIVE, string(old));
                    }
                }
                dataset.add(inGraph.getKey(), paper, Vocab.DCT_TITLE, string(chosen));
            }
            changed++;
        }
        return changed;
    }

    /** The subjects with more than one value of a property, with their values per named graph. */
    private static Map<Node, Map<Node, Set<String>>> conflicts(DatasetGraph dataset, Node property) {
        Map<Node, Map<Node, Set<String>>> bySubject = new LinkedHashMap<>();
        try (QueryExec qe = QueryExec.dataset(dataset).query(CONFLICTS.formatted(property.getURI())).build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                Node l = b.get("l");
                if (l.isLiteral()) {
                    bySubject.computeIfAbsent(b.get("s"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(b.get("g"), k -> new TreeSet<>())
                            .add(l.getLiteralLexicalForm());
                }
            }
        }
        return bySubject;
    }

    private static Set<String> allLabels(Map<Node, Set<String>> byGraph) {
        Set<String> all = new TreeSet<>();
        byGraph.values().forEach(all::addAll);
        return all;
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }
}
