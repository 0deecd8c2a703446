package it.crocevia.message.boundary;

import it.crocevia.audit.boundary.AuditLog;
import it.crocevia.message.control.Placeholders;
import it.crocevia.message.entity.MessageTemplate;
import it.crocevia.platform.boundary.Callers;
import it.crocevia.platform.boundary.InvalidInputException;
import it.crocevia.platform.boundary.NotFoundException;
import it.crocevia.platform.boundary.Roles;
import it.crocevia.platform.boundary.TimeSource;
import it.crocevia.platform.boundary.Violation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Impostazioni → Template Messaggi: the subject and body of every message, per language, edited
 * by operators. A template may only name its kind's placeholders; the preview fills them with a
 * sample so the operator reads what a customer would.
 */
@Stateless
public class MessageTemplates {

    /** The languages every template exists in. */
    public static final List<String> LANGUAGES = List.of("it", "en");

    private static final int MAX_SUBJECT = 200;
    private static final int MAX_BODY = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Resource
    SessionContext context;

    @Resource(lookup = "java:global/crocevia/shop-name")
    String shopName;

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public List<TemplateView> list() {
        var views = new ArrayList<TemplateView>();
        for (var kind : TemplateKind.values()) {
            for (var language : LANGUAGES) {
                views.add(view(find(kind, language)));
            }
        }
        return views;
    }

    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public TemplateView get(TemplateKind kind, String language) {
        return view(find(kind, language));
    }

    /** Saves a template after checking it; an unknown placeholder is refused with its name. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public TemplateView save(TemplateKind kind, String language, String subject, String body) {
        check(kind, subject, body);
        var template = find(kind, language);
        template.edit(subject.strip(), body, Callers.name(context), time.nowUtc());
        audit.record("MESSAGE_TEMPLATE_SAVED", "MessageTemplate", kind + "/" + language, template.getSubject());
        return view(template);
    }

    /** The given (unsaved) subject and body filled with sample values; refused like {@link #save}. */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Rendered preview(TemplateKind kind, String language, String subject, String body) {
        check(kind, subject, body);
        return fill(subject, body, sample(kind));
    }

    /** A stored template filled with the given values ({@code shop_name} is added). */
    @PermitAll
    public Rendered render(TemplateKind kind, String language, Map<String, String> values) {
        var template = find(kind, LANGUAGES.contains(language) ? language : LANGUAGES.get(0));
        var all = new LinkedHashMap<>(values);
        all.putIfAbsent("shop_name", shopName);
        return fill(template.getSubject(), template.getBody(), all);
    }

    private static Rendered fill(String subject, String body, Map<String, String> values) {
        // A subject is one header line: a value with a line break must not add headers.
        String filledSubject = Placeholders.fill(subject, values).replaceAll("[\\r\\n]+", " ").strip();
        return new Rendered(filledSubject, Placeholders.fill(body, values));
    }

    private Map<String, String> sample(TemplateKind kind) {
        var values = new LinkedHashMap<String, String>();
        values.put("customer_name", "Mario Rossi");
        values.put("link", "https://shop.example/crocevia/portal/reset.xhtml?token=…");
        values.put("expiry", "31/12/2026 18:30");
        values.put("shop_name", shopName);
        values.put("account_name", "Negozio PrestaShop");
        values.put("job", "Download CSV");
        values.put("status", "COMPLETED");
        values.put("published", "1250");
        values.put("failed", "2");
        values.put("failures", "- ART-001: prezzo mancante\n- ART-002: descrizione vuota");
        values.keySet().retainAll(kind.placeholders());
        return values;
    }

    private static void check(TemplateKind kind, String subject, String body) {
        var violations = new ArrayList<Violation>();
        if (subject == null || subject.isBlank()) {
            violations.add(Violation.of("subject", "templates.subject.required"));
        } else if (subject.length() > MAX_SUBJECT) {
            violations.add(Violation.of("subject", "templates.subject.tooLong", MAX_SUBJECT));
        } else {
            violations.addAll(Placeholders.check("subject", subject, kind.placeholders()));
        }
        if (body == null || body.isBlank()) {
            violations.add(Violation.of("body", "templates.body.required"));
        } else if (body.length() > MAX_BODY) {
            violations.add(Violation.of("body", "templates.body.tooLong", MAX_BODY));
        } else {
            violations.addAll(Placeholders.check("body", body, kind.placeholders()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private MessageTemplate find(TemplateKind kind, String language) {
        if (kind == null || !LANGUAGES.contains(language)) {
            throw new NotFoundException("MessageTemplate", kind + "/" + language);
        }
        var template = em.find(MessageTemplate.class, new MessageTemplate.Key(kind.name(), language));
        if (template == null) {
            throw new NotFoundException("MessageTemplate", kind + "/" + language);
        }
        return template;
    }

    private static TemplateView view(MessageTemplate t) {
        var kind = TemplateKind.valueOf(t.getCode());
        return new TemplateView(kind, t.getLanguage(), t.getSubject(), t.getBody(), t.getUpdatedAt(), t.getUpdatedBy(),
                kind.placeholders());
    }
}
