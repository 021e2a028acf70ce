package dev.gmg.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The world's country shapes as SVG paths (Natural Earth 110m through the npm package world-atlas, converted by
 * {@code scripts/world-shapes/convert.mjs}; see the head of {@code world-110m.tsv}), loaded once.
 *
 * @param viewBox the SVG viewBox the paths are drawn in
 * @param shapes every shape, countries too small for 110m as dots
 */
record WorldShapes(String viewBox, List<Shape> shapes) {

    /**
     * One country's outline.
     *
     * @param key the M49 code ({@code 504}), {@code XKX} for Kosovo, or empty for land without a code
     * @param name the name Natural Earth gives
     * @param dot true for a dot standing for a country too small to draw
     * @param path the SVG path, in numbers and path commands only
     */
    record Shape(String key, String name, boolean dot, String path) {
    }

    private static final class Holder {
        static final WorldShapes INSTANCE = load();
    }

    static WorldShapes standard() {
        return Holder.INSTANCE;
    }

    private static WorldShapes load() {
        String resource = "world-110m.tsv";
        try (InputStream in = WorldShapes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the gmg-report jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String viewBox = null;
            List<Shape> shapes = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("@viewBox")) {
                    viewBox = f[1];
                } else if (f.length == 4 && f[3].matches("[-0-9.MlazZ ]+")) {
                    shapes.add(new Shape(f[0], f[1], f[2].equals("dot"), f[3]));
                } else {
                    throw new IllegalStateException(resource + ": malformed line: " + line.substring(0,
                            Math.min(60, line.length())));
                }
            }
            if (viewBox == null) {
                throw new IllegalStateException(resource + " has no @viewBox line");
            }
            return new WorldShapes(viewBox, List.copyOf(shapes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
