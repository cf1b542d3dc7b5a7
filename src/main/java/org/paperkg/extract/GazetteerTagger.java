package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Marks every gazetteer name in every sentence, once, for the stages that need them.
 *
 * <p>At each word the longest sequence of up to seven words whose joined normalised key names an entry wins; the
 * search stops as soon as the key is no prefix of any name. A word glued to a suffix such as "-based" matches
 * without it ("Transformer-based" names Transformer). A word that capitalises letters only to spell out an acronym
 * ("TRansformer" in "DEtection TRansformer") names nothing.
 */
public final class GazetteerTagger implements Stage {
    private final Gazetteer gazetteer;

    /** A tagger over one gazetteer. */
    public GazetteerTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.GAZETTEER);
    }

    @Override
    public void annotate(Document document) {
        List<List<Token>> tokens = document.get(Layers.TOKENS);
        List<GazetteerMatch> out = new ArrayList<>();
        for (Sentence s : document.get(Layers.SENTENCES)) {
            tag(s, tokens.get(s.index()), out);
        }
        document.put(Layers.GAZETTEER, List.copyOf(out));
    }

    private void tag(Sentence s, List<Token> toks, List<GazetteerMatch> out) {
        int n = toks.size();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = toks.get(i).isWord() ? Keys.of(toks.get(i).text()) : null;
        }
        for (int i = 0; i < n; i++) {
            if (keys[i] == null || keys[i].isEmpty() || CandidateFinder.capitalisedPrefix(toks.get(i).text())) {
                continue;
            }
            String key = "";
            GazetteerMatch best = null;
            for (int j = i; j < n && j < i + 7 && keys[j] != null; j++) {
                Token t = toks.get(j);
                String c = CandidateFinder.core(t.text());
                if (c.length() != t.text().length()) {
                    String glued = s.text().substring(toks.get(i).start(), t.start() + c.length());
                    Optional<GazetteerEntry> e = gazetteer.lookupKey(key + Keys.of(c), glued);
                    if (e.isPresent()) {
                        best = new GazetteerMatch(glued, e.get(), s.index(), i, j + 1, toks.get(i).start(),
                                t.start() + c.length());
                    }
                    break;
                }
                key = key + keys[j];
                if (!gazetteer.isPrefix(key)) {
                    break;
                }
                String surface = s.text().substring(toks.get(i).start(), t.end());
                Optional<GazetteerEntry> e = gazetteer.lookupKey(key, surface);
                if (e.isPresent()) {
                    best = new GazetteerMatch(surface, e.get(), s.index(), i, j + 1, toks.get(i).start(), t.end());
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
    }
}
