package org.paperkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.paperkg.kg.Vocab;

/**
 * A Lucene full-text index over the knowledge graph's papers (title and abstracts) and research entities (preferred
 * and alternative labels), ranked by BM25 with labels and titles weighted above abstract text, with highlighted
 * snippets.
 *
 * <p>The index is built from the store when the server starts, into any Lucene {@link Directory} (in memory or on
 * disk); it reads the store's union graph in one read transaction and streams documents into Lucene.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.build(store.datasetGraph(), new ByteBuffersDirectory())) {
 *     List<SearchHit> hits = index.search("sign momentum optimizer", 20);
 * }
 * }</pre>
 */
public final class SearchIndex implements AutoCloseable {
    private static final String IRI = "iri";
    private static final String KIND = "kind";
    private static final String NAME = "name";
    private static final String LABEL = "label";
    private static final String ALT = "alt";
    private static final String TITLE = "title";
    private static final String ABSTRACT = "abstract";
    private static final Map<String, Float> WEIGHTS = Map.of(LABEL, 4f, ALT, 3f, TITLE, 3f, ABSTRACT, 1f);
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final UnifiedHighlighter highlighter;
    private final int documents;

    private SearchIndex(Directory directory, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.documents = reader.numDocs();
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
    }

    /**
     * Indexes every paper and research entity of a dataset graph (whose union graph holds the knowledge graph) into a
     * directory, replacing what the directory held, and opens the index for searching.
     *
     * @throws UncheckedIOException when Lucene cannot write the directory
     */
    public static SearchIndex build(DatasetGraph dsg, Directory directory) {
        Analyzer analyzer = new EnglishAnalyzer();
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Txn.executeRead(dsg, () -> {
                Graph u = dsg.getUnionGraph();
                try {
                    indexPapers(u, w);
                    indexEntities(u, w);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.commit();
            return new SearchIndex(directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    private static void indexPapers(Graph u, IndexWriter w) throws IOException {
        Iterator<Triple> papers = u.find(Node.ANY, Vocab.RDF_TYPE, Vocab.PAPER);
        while (papers.hasNext()) {
            Node p = papers.next().getSubject();
            if (!p.isURI()) {
                continue;
            }
            Document d = new Document();
            d.add(new StringField(IRI, p.getURI(), Field.Store.YES));
            d.add(new StoredField(KIND, "Paper"));
            String title = first(u, p, Vocab.DCT_TITLE);
            d.add(new Field(TITLE, title, TEXT_WITH_OFFSETS));
            d.add(new StoredField(NAME, title));
            d.add(new Field(ABSTRACT, String.join("\n\n", all(u, p, Vocab.DCT_ABSTRACT)), TEXT_WITH_OFFSETS));
            w.addDocument(d);
        }
    }

    private static void indexEntities(Graph u, IndexWriter w) throws IOException {
        Iterator<Triple> entities = u.find(Node.ANY, Vocab.RDF_TYPE, Vocab.RESEARCH_ENTITY);
        while (entities.hasNext()) {
            Node e = entities.next().getSubject();
            if (!e.isURI()) {
                continue;
            }
            String label = first(u, e, Vocab.SKOS_PREF_LABEL);
            if (label.isEmpty()) {
                continue;
            }
            Document d = new Document();
            d.add(new StringField(IRI, e.getURI(), Field.Store.YES));
            d.add(new StoredField(KIND, kindOf(u, e)));
            d.add(new StoredField(NAME, label));
            d.add(new Field(LABEL, label, TEXT_WITH_OFFSETS));
            for (String alt : all(u, e, Vocab.SKOS_ALT_LABEL)) {
                d.add(new Field(ALT, alt, TEXT_WITH_OFFSETS));
            }
            w.addDocument(d);
        }
    }

    private static String kindOf(Graph u, Node e) {
        for (Node cls : List.of(Vocab.DATASET, Vocab.MODEL, Vocab.METHOD, Vocab.TASK, Vocab.METRIC_CLASS)) {
            if (u.contains(e, Vocab.RDF_TYPE, cls)) {
                return cls.getLocalName();
            }
        }
        return Vocab.RESEARCH_ENTITY.getLocalName();
    }

    private static String first(Graph u, Node s, Node p) {
        return all(u, s, p).stream().findFirst().orElse("");
    }

    private static List<String> all(Graph u, Node s, Node p) {
        Set<String> out = new LinkedHashSet<>();
        u.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return new ArrayList<>(out);
    }

    /** The number of indexed papers and entities. */
    public int size() {
        return documents;
    }

    /**
     * The best matches for a query typed by a person, best first. Words must all match (in any field); when that
     * finds nothing, any word may match. Quotes make phrases, {@code -} excludes a word, {@code *} ends a prefix.
     *
     * @param text the query; blank text finds nothing
     * @param limit the maximum number of hits, at least 1
     * @throws UncheckedIOException when the index cannot be read
     */
    public List<SearchHit> search(String text, int limit) {
        Objects.requireNonNull(text, "text");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (text.isBlank()) {
            return List.of();
        }
        try {
            List<SearchHit> hits = search(text, limit, BooleanClause.Occur.MUST);
            return hits.isEmpty() ? search(text, limit, BooleanClause.Occur.SHOULD) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    private List<SearchHit> search(String text, int limit, BooleanClause.Occur operator) throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
        parser.setDefaultOperator(operator);
        Query query = parser.parse(text);
        if (query == null) {
            return List.of();
        }
        TopDocs top = searcher.search(query, limit);
        Map<String, String[]> snippets = highlighter.highlightFields(new String[] {ABSTRACT, TITLE, LABEL, ALT}, query,
                top, new int[] {2, 1, 1, 1});
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = searcher.storedFields().document(sd.doc);
            String kind = d.get(KIND);
            String snippet;
            if ("Paper".equals(kind)) {
                snippet = orEmpty(snippets.get(ABSTRACT)[i]);
            } else {
                String alt = orEmpty(snippets.get(ALT)[i]);
                String label = orEmpty(snippets.get(LABEL)[i]);
                snippet = alt.contains("<mark>") && !label.contains("<mark>") ? label + " · also " + alt : label;
            }
            hits.add(new SearchHit(d.get(IRI), kind, d.get(NAME), snippet, sd.score));
        }
        return hits;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
