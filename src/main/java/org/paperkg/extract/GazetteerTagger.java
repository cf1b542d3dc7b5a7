package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Marks every gazetteer name in every sentence, once, for the stages that need them.
 *
 * <p>At each word the longest sequence of up to seven words whose joined normalised key names an entry wins; the
 * search walks a trie of the names' keys word by word and stops as soon as the key is no prefix of any name. A word
 * glued to a suffix such as "-based" matches without it ("Transformer-based" names Transformer). A word that
 * capitalises letters only to spell out an acronym ("TRansformer" in "DEtection TRansformer") names nothing.
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
        boolean[] word = new boolean[n];
        for (int i = 0; i < n; i++) {
            word[i] = toks.get(i).isWord();
        }
        int[] coreLength = new int[n];
        Arrays.fill(coreLength, -1);
        for (int i = 0; i < n; i++) {
            Token first = toks.get(i);
            if (!word[i] || Keys.emptyKey(first.text())) {
                continue;
            }
            int node = gazetteer.root();
            GazetteerMatch best = null;
            for (int j = i; j < n && j < i + 7 && word[j]; j++) {
                Token t = toks.get(j);
                if (coreLength[j] < 0) {
                    coreLength[j] = t.text().indexOf('-') < 0 ? t.text().length()
                            : CandidateFinder.core(t.text()).length();
                }
                int c = coreLength[j];
                if (c != t.text().length()) {
                    int glued = gazetteer.step(node, t.text(), 0, c);
                    Optional<GazetteerEntry> e = glued < 0 ? Optional.empty()
                            : gazetteer.entryAt(glued, s.text(), first.start(), t.start() + c);
                    if (e.isPresent()) {
                        best = match(s, e.get(), i, j + 1, first.start(), t.start() + c);
                    }
                    break;
                }
                node = gazetteer.step(node, t.text(), 0, c);
                if (node < 0) {
                    break;
                }
                Optional<GazetteerEntry> e = gazetteer.entryAt(node, s.text(), first.start(), t.end());
                if (e.isPresent()) {
                    best = match(s, e.get(), i, j + 1, first.start(), t.end());
                }
            }
            if (best != null && !CandidateFinder.capitalisedPrefix(first.text())) {
                out.add(best);
            }
        }
    }

    private static GazetteerMatch match(Sentence s, GazetteerEntry e, int firstToken, int endToken, int start,
            int end) {
        return new GazetteerMatch(s.text().substring(start, end), e, s.index(), firstToken, endToken, start, end);
    }
}
