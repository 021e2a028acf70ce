package dev.gmg.io;

import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Agency;
import dev.gmg.model.Dataset;
import dev.gmg.model.DatasetMetadata;
import dev.gmg.model.MigrantStock;
import dev.gmg.model.Participant;
import dev.gmg.model.SourceRef;
import dev.gmg.model.Theme;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns model objects into {@link Node} trees in the file format's canonical shape: fields in the documented
 * order, lists in the model's order, absent optional values and empty optional lists left out.
 */
final class Unbinder {

    private Unbinder() {
    }

    static Node dataset(Dataset d) {
        Node agencies = Node.array();
        d.agencies().forEach(a -> agencies.add(agency(a)));
        Node activities = Node.array();
        d.activities().forEach(a -> activities.add(activity(a)));
        return Node.object().put("metadata", metadata(d.metadata())).put("agencies", agencies)
                .put("activities", activities);
    }

    static Node metadata(DatasetMetadata m) {
        Node n = Node.object().put("title", Node.string(m.title())).put("publisher", Node.string(m.publisher()))
                .put("published", Node.string(m.published().toString()))
                .put("asOf", Node.string(m.asOf().toString())).put("version", Node.string(m.version()));
        list(n, "migrantStock", m.migrantStock(), Unbinder::migrantStock);
        return n;
    }

    static Node migrantStock(MigrantStock s) {
        return Node.object().put("year", Node.integer(s.year())).put("millions", Node.integer(s.millions()));
    }

    static Node agency(Agency a) {
        Node n = Node.object().put("id", Node.string(a.id())).put("name", Node.string(a.name()))
                .put("kind", Node.string(a.kind().code())).put("gmgMember", Node.bool(a.gmgMember()));
        optional(n, "parent", a.parentId());
        list(n, "aliases", a.aliases(), Node::string);
        return n;
    }

    static Node activity(Activity a) {
        Node n = Node.object().put("id", Node.string(a.id())).put("title", Node.string(a.title()))
                .put("summary", Node.string(a.summary()));
        Node points = Node.array();
        a.actionPoints().forEach(p -> points.add(actionPoint(p)));
        n.put("actionPoints", points);
        Node participants = Node.array();
        a.participants().forEach(p -> participants.add(participant(p)));
        n.put("participants", participants);
        list(n, "places", a.places(), Unbinder::place);
        optional(n, "period", a.period().map(Object::toString));
        n.put("status", Node.string(a.status().code())).put("kind", Node.string(a.kind().code()));
        list(n, "themes", a.themes(), (Theme t) -> Node.string(t.code()));
        list(n, "sources", a.sources(), Unbinder::source);
        optional(n, "partOf", a.partOf());
        list(n, "related", a.related(), Node::string);
        return n;
    }

    static Node actionPoint(ActionPoint p) {
        return Node.integer(p.number());
    }

    static Node participant(Participant p) {
        return Node.object().put("agency", Node.string(p.agencyId())).put("role", Node.string(p.role().code()));
    }

    static Node place(ActivityPlace p) {
        return Node.object().put("place", Node.string(p.place().code())).put("role", Node.string(p.role().code()));
    }

    static Node source(SourceRef s) {
        Node n = Node.object().put("section", Node.string(s.section()));
        optional(n, "subheading", s.subheading());
        return n.put("paragraph", Node.integer(s.paragraph()));
    }

    private static void optional(Node n, String name, Optional<String> value) {
        value.ifPresent(v -> n.put(name, Node.string(v)));
    }

    private static <T> void list(Node n, String name, Collection<T> values, Function<T, Node> each) {
        if (!values.isEmpty()) {
            Node arr = Node.array();
            values.forEach(v -> arr.add(each.apply(v)));
            n.put(name, arr);
        }
    }
}
