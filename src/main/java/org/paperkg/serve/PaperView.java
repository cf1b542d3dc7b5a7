package org.paperkg.serve;

import java.util.List;
import java.util.Objects;

/**
 * A paper as shown in its page.
 *
 * @param paper the paper and its title
 * @param abstracts the texts of its abstract versions
 * @param details labelled facts such as {@code arXiv} or {@code year}, in display order
 * @param authors author names
 * @param code URLs of the code it releases
 * @param mentions the entities it mentions
 * @param claims the claims it states
 */
public record PaperView(Link paper, List<String> abstracts, List<List<String>> details, List<String> authors,
        List<String> code, List<Mention> mentions, List<ClaimView> claims) {
    /** Checks that no component is null and copies the lists. */
    public PaperView {
        Objects.requireNonNull(paper, "paper");
        abstracts = List.copyOf(abstracts);
        details = details.stream().map(List::copyOf).toList();
        authors = List.copyOf(authors);
        code = List.copyOf(code);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
