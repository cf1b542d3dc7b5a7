package org.paperkg.extract;

import java.util.List;
import org.paperkg.model.Claim;
import org.paperkg.model.EntityType;

/** Runs the default rule pipeline for stage tests and reads its layers. */
final class StageFixture {
    static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final Pipeline PIPELINE = RuleExtractor.pipeline(GAZETTEER);

    private StageFixture() {
    }

    static Document run(String title, String abstractText) {
        return PIPELINE.run(title, abstractText);
    }

    static List<String> entities(Document d, EntityType type) {
        return d.get(Layers.ENTITIES).stream().filter(m -> m.type() == type).map(Mention::surface).distinct().toList();
    }

    static List<String> terms(Document d, EntityType type) {
        return d.get(Layers.TERMS).stream().filter(m -> m.type() == type).map(Mention::surface).distinct().toList();
    }

    /** A claim as "subject relation object": "HiPoNet outperforms other point-cloud models". */
    static String brief(Claim c) {
        return c.subject() + " " + c.relation().label() + " " + c.object();
    }

    /** The claims of a title and abstract, each as {@link #brief}. */
    static List<String> briefs(String title, String abstractText) {
        return run(title, abstractText).get(Layers.CLAIMS).stream().map(StageFixture::brief).toList();
    }
}
