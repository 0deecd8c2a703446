package it.crocevia.message.control;

import it.crocevia.platform.boundary.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} placeholders of a template: which ones a text names (so an unknown one is
 * refused) and the text with them filled in. Values are inserted as they are, never re-read as
 * placeholders, so a customer named "{{link}}" stays a name.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]*)\\s*}}");

    private Placeholders() {
    }

    /** What is wrong with the placeholders of {@code text} (field {@code field}): unknown names, unclosed braces. */
    public static List<Violation> check(String field, String text, Collection<String> allowed) {
        var violations = new ArrayList<Violation>();
        Matcher m = PLACEHOLDER.matcher(text);
        int end = 0;
        var rest = new StringBuilder();
        while (m.find()) {
            rest.append(text, end, m.start());
            end = m.end();
            String name = m.group(1);
            if (!allowed.contains(name)) {
                violations.add(Violation.of(field, "templates.placeholder.unknown", "{{" + name + "}}",
                        String.join(", ", allowed.stream().map(a -> "{{" + a + "}}").toList())));
            }
        }
        rest.append(text, end, text.length());
        if (rest.indexOf("{{") >= 0 || rest.indexOf("}}") >= 0) {
            violations.add(Violation.of(field, "templates.placeholder.unclosed"));
        }
        return violations;
    }

    /** {@code text} with every known placeholder replaced by its value. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        var out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
