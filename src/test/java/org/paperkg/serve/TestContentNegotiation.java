package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestContentNegotiation {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "text/turtle | TURTLE",
        "application/ld+json | JSONLD",
        "application/json | JSONLD",
        "application/n-triples | NTRIPLES",
        "application/rdf+xml | RDFXML",
        "text/html | HTML",
        "*/* | HTML",
        "text/* | HTML",
        "text/turtle;q=0.9, application/ld+json | JSONLD",
        "text/turtle;q=0.5, application/rdf+xml;q=0.8 | RDFXML",
        "text/html;q=0, */*;q=0.1 | TURTLE",
        "text/*;q=0.1, text/turtle | TURTLE",
        "text/turtle;q=0.5, text/html;q=0.5 | HTML",
        "application/xhtml+xml,text/html;q=0.9,*/*;q=0.8 | HTML",
        "image/png, application/n-triples;q=0.2 | NTRIPLES",
        "TEXT/TURTLE | TURTLE",
    })
    void picksThePreferredRepresentation(String accept, Representation expected) {
        assertEquals(Optional.of(expected), ContentNegotiation.choose(accept, Representation.ALL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"image/png", "application/pdf, image/*", "text/turtle;q=0", "*/*;q=0"})
    void nothingWhenNoOfferIsAcceptable(String accept) {
        assertTrue(ContentNegotiation.choose(accept, Representation.ALL).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'   '"})
    void firstOfferWhenTheHeaderIsMissing(String accept) {
        assertEquals(Optional.of(Representation.HTML), ContentNegotiation.choose(accept, Representation.ALL));
        assertEquals(Optional.of(Representation.HTML), ContentNegotiation.choose(null, Representation.ALL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ttl | TURTLE", "jsonld | JSONLD", "nt | NTRIPLES", "rdf | RDFXML"})
    void suffixesSelectRdfSyntaxes(String suffix, Representation expected) {
        assertEquals(Optional.of(expected), Representation.bySuffix(suffix));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"html", "json", "xml", "''"})
    void otherSuffixesSelectNothing(String suffix) {
        assertTrue(Representation.bySuffix(suffix).isEmpty());
    }
}
