/**
 * Reading and writing GMG datasets: JSON and NDJSON with located errors, Bean Validation, canonical output, JSON
 * Schema, CSV export, and the bundled dataset.
 *
 * <ul>
 * <li>{@link dev.gmg.io.Datasets#hld2014()}: the dataset shipped with the SDK.</li>
 * <li>{@link dev.gmg.io.GmgJson}: read and write datasets (JSON) and activities (NDJSON).</li>
 * <li>{@link dev.gmg.io.GmgFormatException}: the one exception for bad input, with every
 * {@link dev.gmg.io.GmgFormatException.Problem problem} located by JSON path, line and column.</li>
 * <li>{@link dev.gmg.io.GmgCsv}: "who does what, where, when" CSV, with an optional HXL hashtag row.</li>
 * <li>{@link dev.gmg.io.DataPackage}: the dataset as CSV tables with a Frictionless {@code datapackage.json}.</li>
 * <li>{@link dev.gmg.io.DatasetDiff}: what changed between two versions of a dataset, field by field.</li>
 * <li>{@link dev.gmg.io.GmgModule}: a Jackson 3 module for the model's types, found by {@code ServiceLoader}.</li>
 * </ul>
 *
 * <p>The JSON Schemas (draft 2020-12) are the class-path resources {@value dev.gmg.io.GmgJson#DATASET_SCHEMA}
 * and {@value dev.gmg.io.GmgJson#ACTIVITY_SCHEMA}.
 */
package dev.gmg.io;
