package org.paperkg.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.paperkg.model.Claim;

/**
 * The learned filters a {@link RuleExtractor} applies to what its rules produce: one for model, method and dataset
 * names, one for proposed names, one for claims.
 *
 * <p>{@link #none()} keeps everything (the plain rules). The bundled models are trained at build time from the gold
 * sets in {@code data/eval/} and read from {@value #RESOURCE_DIR} on the classpath; a model missing there, as in a
 * build that skipped training, is the accept-all model of its name.
 *
 * <pre>{@code
 * Classifiers c = Classifiers.bundled(new EntityFeatures(), new ProposalFeatures(), new ClaimFeatures());
 * Extractor x = new RuleExtractor(Gazetteer.bundled(), c);
 * }</pre>
 *
 * @param entities the filter over model, method and dataset names, given their first mention
 * @param proposals the filter over proposed names
 * @param claims the filter over comparative claims
 */
public record Classifiers(Filter<Mention> entities, Filter<Proposal> proposals, Filter<Claim> claims) {
    /** The classpath folder of the bundled models. */
    public static final String RESOURCE_DIR = "/org/paperkg/extract/models/";
    /** The model name of {@link #entities()}. */
    public static final String ENTITIES = "entities";
    /** The model name of {@link #proposals()}. */
    public static final String PROPOSALS = "proposals";
    /** The model name of {@link #claims()}. */
    public static final String CLAIMS = "claims";

    public Classifiers {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(claims, "claims");
    }

    /** Filters that keep everything: the plain rules. */
    public static Classifiers none() {
        return new Classifiers(Filter.acceptAll(ENTITIES), Filter.acceptAll(PROPOSALS), Filter.acceptAll(CLAIMS));
    }

    /**
     * The bundled models over the given featurizers, which must be the ones the models were trained with.
     *
     * @throws UncheckedIOException when a bundled model cannot be read
     */
    public static Classifiers bundled(Featurizer<Mention> entities, Featurizer<Proposal> proposals,
            Featurizer<Claim> claims) {
        return new Classifiers(new Filter<>(resource(ENTITIES), entities),
                new Filter<>(resource(PROPOSALS), proposals), new Filter<>(resource(CLAIMS), claims));
    }

    /**
     * What identifies the trained models, for provenance: empty when every filter accepts all, else "+" and the first
     * eight hex digits of the SHA-256 of the three models' JSON.
     */
    public String fingerprint() {
        if (entities.model().acceptsAll() && proposals.model().acceptsAll() && claims.model().acceptsAll()) {
            return "";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            for (LinearModel m : List.of(entities.model(), proposals.model(), claims.model())) {
                m.write(json);
            }
            return "+" + HexFormat.of().formatHex(sha.digest(json.toByteArray()), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same featurizers under other models. */
    public Classifiers withModels(LinearModel entityModel, LinearModel proposalModel, LinearModel claimModel) {
        return new Classifiers(entities.withModel(entityModel), proposals.withModel(proposalModel),
                claims.withModel(claimModel));
    }

    private static LinearModel resource(String name) {
        String path = RESOURCE_DIR + name + ".json";
        try (InputStream in = Classifiers.class.getResourceAsStream(path)) {
            return in == null ? LinearModel.acceptAll(name) : LinearModel.read(in, "classpath:" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + path + ": " + e.getMessage(), e);
        }
    }
}
