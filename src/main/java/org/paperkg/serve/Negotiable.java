package org.paperkg.serve;

import java.util.List;

/** A representation the server can produce, named by the media types a client may ask for in {@code Accept}. */
public interface Negotiable {
    /** The media types that select this representation; the first one is sent as {@code Content-Type}. */
    List<String> mediaTypes();
}
