package dev.gmg.benchmarks;

import static com.googlecode.cqengine.query.QueryFactory.and;
import static com.googlecode.cqengine.query.QueryFactory.deduplicate;
import static com.googlecode.cqengine.query.QueryFactory.equal;
import static com.googlecode.cqengine.query.QueryFactory.greaterThanOrEqualTo;
import static com.googlecode.cqengine.query.QueryFactory.in;
import static com.googlecode.cqengine.query.QueryFactory.lessThanOrEqualTo;
import static com.googlecode.cqengine.query.QueryFactory.queryOptions;
import static com.googlecode.cqengine.query.QueryFactory.startsWith;

import com.googlecode.cqengine.ConcurrentIndexedCollection;
import com.googlecode.cqengine.IndexedCollection;
import com.googlecode.cqengine.attribute.Attribute;
import com.googlecode.cqengine.attribute.MultiValueAttribute;
import com.googlecode.cqengine.attribute.SimpleAttribute;
import com.googlecode.cqengine.index.hash.HashIndex;
import com.googlecode.cqengine.index.navigable.NavigableIndex;
import com.googlecode.cqengine.index.radix.RadixTreeIndex;
import com.googlecode.cqengine.query.Query;
import com.googlecode.cqengine.query.option.DeduplicationStrategy;
import com.googlecode.cqengine.query.option.QueryOptions;
import com.googlecode.cqengine.resultset.ResultSet;
import dev.gmg.model.ActionPoint;
import dev.gmg.model.Activity;
import dev.gmg.model.ActivityPlace;
import dev.gmg.model.Dataset;
import dev.gmg.model.Gazetteer;
import dev.gmg.model.Place;
import dev.gmg.model.PlaceKind;
import dev.gmg.query.ActivityQuery;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same three queries on CQEngine 3.6.0 with equivalent indexes: hash indexes on action points, agency ids and
 * the flattened regions of each activity's places (the same flattening the index does), navigable indexes on the
 * period's earliest and latest days, and a radix tree on the normalised words of title and summary (for
 * "starts with"). Attributes are written out by hand, so no reflection or byte-code generation is involved.
 */
final class CqEngine {

    static final Attribute<Activity, ActionPoint> ACTION_POINT =
            new MultiValueAttribute<>(Activity.class, ActionPoint.class, "actionPoint") {
                @Override
                public Iterable<ActionPoint> getValues(Activity a, QueryOptions o) {
                    return a.actionPoints();
                }
            };

    static final Attribute<Activity, String> AGENCY = new MultiValueAttribute<>(Activity.class, String.class, "agency") {
        @Override
        public Iterable<String> getValues(Activity a, QueryOptions o) {
            return a.agencyIds();
        }
    };

    static final Attribute<Activity, String> REGION = new MultiValueAttribute<>(Activity.class, String.class, "region") {
        @Override
        public Iterable<String> getValues(Activity a, QueryOptions o) {
            return regionsOf(a);
        }
    };

    static final Attribute<Activity, Integer> EARLIEST = new SimpleAttribute<>(Activity.class, Integer.class, "earliest") {
        @Override
        public Integer getValue(Activity a, QueryOptions o) {
            return a.period().map(p -> day(p.earliest())).orElse(Integer.MAX_VALUE); // undated never starts
        }
    };

    static final Attribute<Activity, Integer> LATEST = new SimpleAttribute<>(Activity.class, Integer.class, "latest") {
        @Override
        public Integer getValue(Activity a, QueryOptions o) {
            return a.period().map(p -> day(p.latest())).orElse(Integer.MIN_VALUE); // undated never ends
        }
    };

    static final Attribute<Activity, String> WORD = new MultiValueAttribute<>(Activity.class, String.class, "word") {
        @Override
        public Iterable<String> getValues(Activity a, QueryOptions o) {
            return words(a.title() + " " + a.summary());
        }
    };

    private static final List<Place> REGIONS = Gazetteer.standard().places().stream().filter(p -> !p.isCountry()).toList();
    private static final Map<Place, List<String>> REGIONS_OF = new ConcurrentHashMap<>();

    private final IndexedCollection<Activity> collection;
    private final Dataset dataset;

    CqEngine(Dataset dataset) {
        this.dataset = dataset;
        this.collection = new ConcurrentIndexedCollection<>();
        collection.addIndex(HashIndex.onAttribute(ACTION_POINT));
        collection.addIndex(HashIndex.onAttribute(AGENCY));
        collection.addIndex(HashIndex.onAttribute(REGION));
        collection.addIndex(NavigableIndex.onAttribute(EARLIEST));
        collection.addIndex(NavigableIndex.onAttribute(LATEST));
        collection.addIndex(RadixTreeIndex.onAttribute(WORD));
        collection.addAll(dataset.activities());
    }

    /** The CQEngine query equivalent to one of the workload's queries. */
    Query<Activity> translate(ActivityQuery q) {
        List<Query<Activity>> parts = new ArrayList<>();
        if (!q.actionPoints().isEmpty()) {
            parts.add(in(ACTION_POINT, q.actionPoints()));
        }
        if (!q.agencies().isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            q.agencies().forEach(name -> ids.addAll(dataset.agencyAndSubBodies(dataset.requireAgency(name).id())));
            parts.add(in(AGENCY, ids));
        }
        if (!q.regions().isEmpty()) {
            parts.add(in(REGION, q.regions().stream().map(Place::code).toList()));
        }
        if (q.from().isPresent()) {
            parts.add(lessThanOrEqualTo(EARLIEST, day(q.to().orElseThrow())));
            parts.add(greaterThanOrEqualTo(LATEST, day(q.from().orElseThrow())));
        }
        for (String w : q.words()) {
            parts.add(startsWith(WORD, w));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return and(parts.get(0), parts.get(1), parts.subList(2, parts.size()));
    }

    /**
     * Every match once, collected into a list (CQEngine result sets are lazy and must be closed). CQEngine's default
     * lets an activity matching two values of a multi-valued attribute (UNESCO and UIS) come back twice; logical
     * elimination removes such duplicates, as the other engines do.
     */
    List<Activity> run(Query<Activity> query) {
        List<Activity> out = new ArrayList<>();
        try (ResultSet<Activity> rs = collection.retrieve(query,
                queryOptions(deduplicate(DeduplicationStrategy.LOGICAL_ELIMINATION)))) {
            for (Activity a : rs) {
                out.add(a);
            }
        }
        return out;
    }

    static List<String> regionsOf(Activity a) {
        Set<String> out = new LinkedHashSet<>();
        for (ActivityPlace ap : a.places()) {
            out.addAll(REGIONS_OF.computeIfAbsent(ap.place(), p -> p.kind() == PlaceKind.WORLD ? List.of(p.code())
                    : REGIONS.stream().filter(p::overlaps).map(Place::code).toList()));
        }
        return new ArrayList<>(out);
    }

    static int day(LocalDate d) {
        if (d.equals(LocalDate.MIN)) {
            return Integer.MIN_VALUE + 1;
        }
        if (d.equals(LocalDate.MAX)) {
            return Integer.MAX_VALUE - 1;
        }
        return (int) d.toEpochDay();
    }

    static Set<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.split("[^\\p{L}\\p{Nd}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
