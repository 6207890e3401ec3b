package brief.serve;

import java.util.List;

/** The little JSON the preview sends to browsers: strings and lists of strings, safe inside a script element. */
final class Json {
    private Json() {}

    static String string(String s) {
        return brief.render.Escape.json(s);
    }

    static String strings(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) sb.append(i == 0 ? "" : ",").append(string(items.get(i)));
        return sb.append(']').toString();
    }
}
