package org.paperkg.extract;

/** The part of a paper a piece of text comes from: its title or its abstract. */
public enum Section {
    TITLE,
    ABSTRACT
}
