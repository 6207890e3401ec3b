package brief.annotations;

import java.util.List;

/** Everything curated in content/*.yaml. */
public record Annotations(List<Series> series, List<Summit> summits, List<Leader> leaders, List<Event> events,
                          List<Topic> topics) {
    public static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of(), List.of(), List.of());

    public Annotations {
        series = List.copyOf(series);
        summits = List.copyOf(summits);
        leaders = List.copyOf(leaders);
        events = List.copyOf(events);
        topics = List.copyOf(topics);
    }
}
