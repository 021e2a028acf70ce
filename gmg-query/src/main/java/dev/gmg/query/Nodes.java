package dev.gmg.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The inner nodes of a filter tree: {@code AND}, {@code OR}, {@code NOT}. Children keep the order given. */
final class Nodes {

    private Nodes() {
    }

    /** An inner node. */
    sealed interface Node extends ActivityFilter permits And, Or, Not {
    }

    /** Every child matches; at least two children. */
    record And(List<ActivityFilter> children) implements Node {
        And {
            children = List.copyOf(children);
            if (children.size() < 2) {
                throw new IllegalArgumentException("AND needs two or more filters");
            }
        }

        @Override
        public String toString() {
            return children.stream().map(Nodes::operand).collect(Collectors.joining(" AND "));
        }
    }

    /** At least one child matches; at least two children. */
    record Or(List<ActivityFilter> children) implements Node {
        Or {
            children = List.copyOf(children);
            if (children.size() < 2) {
                throw new IllegalArgumentException("OR needs two or more filters");
            }
        }

        @Override
        public String toString() {
            return children.stream().map(Nodes::operand).collect(Collectors.joining(" OR "));
        }
    }

    /** The child does not match. */
    record Not(ActivityFilter child) implements Node {
        Not {
            Objects.requireNonNull(child, "child");
        }

        @Override
        public String toString() {
            return "NOT " + operand(child);
        }
    }

    /** A child as written inside an operator: AND and OR in parentheses, so the tree reads back the same. */
    static String operand(ActivityFilter f) {
        return f instanceof And || f instanceof Or ? "(" + f + ")" : f.toString();
    }

    /** The filters with the children of each node of the given kind in its place: {@code a AND (b AND c)} is flat. */
    static List<ActivityFilter> flatten(Collection<? extends ActivityFilter> filters, Class<? extends Node> kind) {
        List<ActivityFilter> flat = new ArrayList<>();
        for (ActivityFilter f : filters) {
            Objects.requireNonNull(f, "filter");
            if (kind.isInstance(f)) {
                flat.addAll(f instanceof And and ? and.children() : ((Or) f).children());
            } else {
                flat.add(f);
            }
        }
        return flat;
    }
}
