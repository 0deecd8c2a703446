package it.crocevia.login.control;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The operator's search index over active logins ({@code customer_login_term}): a login is found
 * by the start of its e-mail, of "first last" or of "last first". Written with the login in the
 * same transaction.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** Replaces the terms of a login; an inactive login has none (it is not listed). */
    public static void write(EntityManager em, long loginId, boolean active, String email, String first,
            String last) {
        em.createNativeQuery("DELETE FROM customer_login_term WHERE login_id = ?").setParameter(1, loginId)
                .executeUpdate();
        if (!active) {
            return;
        }
        for (String term : terms(email, first, last)) {
            em.createNativeQuery("INSERT INTO customer_login_term (term, login_id) VALUES (?, ?)")
                    .setParameter(1, term).setParameter(2, loginId).executeUpdate();
        }
    }

    static Set<String> terms(String email, String first, String last) {
        var terms = new LinkedHashSet<String>();
        terms.add(normal(email));
        String f = normal(first);
        String l = normal(last);
        if (!f.isEmpty() || !l.isEmpty()) {
            terms.add((f + " " + l).strip());
            terms.add((l + " " + f).strip());
        }
        terms.remove("");
        return terms;
    }

    private static String normal(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return t.length() > 255 ? t.substring(0, 255) : t;
    }
}
