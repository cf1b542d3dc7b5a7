package org.paperkg.kg;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.model.PaperKey;

/**
 * The build step that gives every entity one preferred label and every paper one title across all named graphs.
 *
 * <p>Each listing is mapped on its own, so two papers can label one entity differently: "SAM" alone in one
 * abstract, "Segment Anything Model (SAM)" in another, both minted as {@code entity/sam}. This step picks, among
 * all the labels the named graphs give an entity ({@code skos:prefLabel} and {@code skos:altLabel}), the one
 * {@link PreferredLabel} prefers. Every graph that holds the chosen label makes it its {@code skos:prefLabel} and
 * {@code rdfs:label} (with the matching {@code pkg:normalizedName}) and keeps its other labels as
 * {@code skos:altLabel}; every other graph keeps all its labels as {@code skos:altLabel}, without a preferred label
 * of its own. Likewise the preferred title of a paper (among {@code dcterms:title} and {@code dcterms:alternative})
 * is the {@code dcterms:title} of the graphs that hold it and the others are {@code dcterms:alternative}.
 *
 * <p>No graph gains a label it did not hold and none loses one, so the result depends only on the labels each
 * graph holds: the choice does not depend on load order, running the step twice changes nothing, and when a graph
 * is replaced or dropped, running the step again over the subjects it held gives the others exactly what a fresh
 * build of what remains would give them (no label of the old graph lingers). The union graph has one preferred
 * label per entity and one title per paper.
 *
 * <pre>{@code
 * Txn.executeWrite(dataset, () -> LabelConsolidator.consolidate(dataset));
 * }</pre>
 */
public final class LabelConsolidator {
    private LabelConsolidator() {
    }

    /** {@code dcterms:alternative}, where the titles other than the preferred one go. */
    static final Node DCT_ALTERNATIVE = NodeFactory.createURI(Vocab.DCTERMS_NS + "alternative");

    /**
     * Rewrites the labels and titles of the subjects whose named graphs disagree, or that some graph holds without
     * a preferred label, in a dataset. The caller holds a write transaction when the dataset is transactional.
     *
     * @return how many entities and papers were rewritten
     */
    public static int consolidate(DatasetGraph dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return consolidate(dataset, Vocab.SKOS_PREF_LABEL, Vocab.SKOS_ALT_LABEL, true)
                + consolidate(dataset, Vocab.DCT_TITLE, DCT_ALTERNATIVE, false);
    }

    /**
     * Consolidates one kind of label: {@code preferred} and {@code other} are the preferred and alternative
     * properties; entities also carry the preferred label as {@code rdfs:label} and {@code pkg:normalizedName}.
     */
    private static int consolidate(DatasetGraph dataset, Node preferred, Node other, boolean entity) {
        Map<Node, Map<Node, Labels>> bySubject = new LinkedHashMap<>();
        collect(dataset, preferred, bySubject, true);
        collect(dataset, other, bySubject, false);
        int changed = 0;
        for (Map.Entry<Node, Map<Node, Labels>> e : bySubject.entrySet()) {
            Map<Node, Labels> graphs = e.getValue();
            if (settled(graphs)) {
                continue;
            }
            Set<String> all = new TreeSet<>();
            graphs.values().forEach(l -> all.addAll(l.all()));
            String chosen = PreferredLabel.choose(all);
            boolean rewritten = false;
            for (Map.Entry<Node, Labels> inGraph : graphs.entrySet()) {
                rewritten |= rewrite(dataset, inGraph.getKey(), e.getKey(), inGraph.getValue(), chosen, preferred,
                        other, entity);
            }
            changed += rewritten ? 1 : 0;
        }
        return changed;
    }

    /** Whether every graph gives the subject a preferred label and all give the same one: nothing to do. */
    private static boolean settled(Map<Node, Labels> graphs) {
        Set<String> preferred = new TreeSet<>();
        for (Labels l : graphs.values()) {
            if (l.preferred().isEmpty()) {
                return false;
            }
            preferred.addAll(l.preferred());
        }
        return preferred.size() <= 1;
    }

    /** Gives one graph's labels of a subject their consolidated form; whether anything changed. */
    private static boolean rewrite(DatasetGraph dataset, Node g, Node s, Labels held, String chosen, Node preferred,
            Node other, boolean entity) {
        Set<String> all = held.all();
        Set<String> wantPreferred = all.contains(chosen) ? Set.of(chosen) : Set.of();
        Set<String> wantOther = new TreeSet<>(all);
        wantOther.removeAll(wantPreferred);
        if (wantPreferred.equals(held.preferred()) && wantOther.equals(held.other())) {
            return false;
        }
        for (String old : held.preferred()) {
            dataset.delete(g, s, preferred, string(old));
            if (entity) {
                dataset.delete(g, s, Vocab.RDFS_LABEL, string(old));
                dataset.delete(g, s, Vocab.NORMALIZED_NAME, string(PaperKey.normalize(old)));
            }
        }
        for (String old : held.other()) {
            if (!wantOther.contains(old)) {
                dataset.delete(g, s, other, string(old));
            }
        }
        wantOther.forEach(o -> dataset.add(g, s, other, string(o)));
        for (String p : wantPreferred) {
            dataset.add(g, s, preferred, string(p));
            if (entity) {
                dataset.add(g, s, Vocab.RDFS_LABEL, string(p));
                dataset.add(g, s, Vocab.NORMALIZED_NAME, string(PaperKey.normalize(p)));
            }
        }
        return true;
    }

    /** Adds the literal values of a property, by subject and named graph. */
    private static void collect(DatasetGraph dataset, Node property, Map<Node, Map<Node, Labels>> bySubject,
            boolean preferred) {
        Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, property, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.isDefaultGraph() || !q.getObject().isLiteral()) {
                continue;
            }
            Labels l = bySubject.computeIfAbsent(q.getSubject(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.getGraph(), k -> new Labels(new TreeSet<>(), new TreeSet<>()));
            (preferred ? l.preferred() : l.other()).add(q.getObject().getLiteralLexicalForm());
        }
    }

    /**
     * The labels one graph gives one subject.
     *
     * @param preferred its preferred labels (or titles)
     * @param other its alternative labels (or titles)
     */
    private record Labels(Set<String> preferred, Set<String> other) {
        Set<String> all() {
            Set<String> all = new TreeSet<>(preferred);
            all.addAll(other);
            return all;
        }
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }
}
