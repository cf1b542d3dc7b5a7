/**
 * Measurement of extraction quality: gold files in the annotation guide's format, and precision, recall and F1
 * per field of {@link org.paperkg.model.Extraction}s against them.
 *
 * <p>Typical use:
 * <pre>{@code
 * GoldReader.Result gold = new GoldReader().read(Path.of("data/eval/dev-a.jsonl"));
 * gold.errors().forEach(System.err::println);
 * EvalReport report = new Evaluator().score(gold.records(), extractions);
 * System.out.print(report.table());
 * }</pre>
 *
 * <p>This package depends only on {@code org.paperkg.model} and Jackson.
 */
package org.paperkg.eval;
