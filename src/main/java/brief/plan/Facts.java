package brief.plan;

import java.util.Set;

/**
 * What the inputs of one model are worth: the plan compares an input's value under the model before an edit
 * with its value after it, so an input changed when its content did. Made by the render stage, which knows how
 * pages show each input.
 */
public interface Facts {
    /** The input's value; equal values render equal pages. {@code null} for an input this model has not. */
    Object value(Input input);

    /** The inputs of this model that {@code change} may have changed (all leaders for an edit of leaders.yaml). */
    Set<Input> touched(Change change);

    /**
     * The inputs whose value can change only when {@code input}'s does, and which the rule then compares too
     * (the related briefings of the articles that share a leader with one whose listing changed): an edit that
     * leaves the input alone does not pay for comparing them.
     */
    default Set<Input> dependents(Input input) {
        return Set.of();
    }

    /**
     * Takes over from {@code before}, the facts of the model this one follows, what it made from parts of the model
     * that are equal in both (compared by value): at 10,000 articles, walking the chronology for its filters was
     * the largest part of a leader edit's plan.
     */
    default void follow(Facts before) {}
}
