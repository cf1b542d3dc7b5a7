package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestKeyTrie {
    private static final KeyTrie TRIE = KeyTrie.of(List.of("bert", "bleu", "be", "roberta", "gpt4"));

    @Test
    void followsKeysOneCharacterAtATime() {
        int b = TRIE.next(TRIE.root(), 'b');
        int be = TRIE.next(b, 'e');
        assertEquals(Optional.empty(), TRIE.key(b));
        assertEquals(Optional.of("be"), TRIE.key(be));
        assertEquals(Optional.of("bert"), TRIE.key(TRIE.walk(be, "rt")));
        assertEquals(Optional.of("bleu"), TRIE.key(TRIE.walk(TRIE.root(), "bleu")));
        assertEquals(Optional.of("gpt4"), TRIE.key(TRIE.walk(TRIE.root(), "gpt4")));
    }

    @Test
    void givesMinusOneWhereNoKeyContinues() {
        assertEquals(-1, TRIE.next(TRIE.root(), 'x'));
        assertEquals(-1, TRIE.walk(TRIE.root(), "berts"));
        assertEquals(-1, TRIE.walk(TRIE.root(), "bx"));
        assertEquals(Optional.empty(), TRIE.key(TRIE.walk(TRIE.root(), "rober")));
    }

    @Test
    void theEmptyWalkStaysWhereItIs() {
        int r = TRIE.walk(TRIE.root(), "ro");
        assertEquals(r, TRIE.walk(r, ""));
        assertEquals(TRIE.root(), TRIE.walk(TRIE.root(), ""));
        assertEquals(Optional.empty(), TRIE.key(TRIE.root()));
    }

    @Test
    void rejectsEmptyKeys() {
        assertThrows(IllegalArgumentException.class, () -> KeyTrie.of(List.of("a", "")));
    }

    @Test
    void sizeCountsEveryNodeSoThatNodesCanIndexArrays() {
        assertEquals(1, KeyTrie.of(List.of()).size());
        assertEquals(4, KeyTrie.of(List.of("abc")).size());
        assertEquals(19, TRIE.size());
        int deepest = TRIE.walk(TRIE.root(), "roberta");
        assertTrue(deepest > 0 && deepest < TRIE.size());
    }
}
