package brief.yaml;

import brief.diag.SourcePos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the position it was written at, so every later message can point at it. */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {
    SourcePos pos();

    /** What a user would call this kind of value, for messages such as "expected a list, found text". */
    String describe();

    record YMap(Map<String, YNode> entries, Map<String, SourcePos> keyPositions, SourcePos pos) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyPositions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
        }

        public String describe() {
            return "a mapping (key: value)";
        }
    }

    record YList(List<YNode> items, SourcePos pos) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        public String describe() {
            return "a list";
        }
    }

    /** A scalar keeps the text as written; {@code kind} is how YAML would read it. */
    record YScalar(String text, Kind kind, SourcePos pos) implements YNode {
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        public String describe() {
            return switch (kind) {
                case NULL -> "nothing";
                case BOOLEAN -> "yes/no '" + text + "'";
                case INTEGER, DECIMAL -> "the number " + text;
                case STRING -> "text '" + text + "'";
            };
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }
    }
}
