package it.crocevia.message.web;

import it.crocevia.console.FacesMessages;
import it.crocevia.message.boundary.MessageTemplates;
import it.crocevia.message.boundary.Rendered;
import it.crocevia.message.boundary.TemplateKind;
import it.crocevia.message.boundary.TemplateView;
import it.crocevia.platform.boundary.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Impostazioni → Template Messaggi: pick a template and a language, edit subject and body, see a
 * preview filled with a sample, save. An unknown placeholder is named in the error.
 */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageTemplates templates;

    @Inject
    FacesMessages messages;

    private TemplateKind kind = TemplateKind.PASSWORD_RECOVERY;
    private String language = "it";
    private String subject;
    private String body;
    private TemplateView current;
    private Rendered preview;

    @PostConstruct
    void init() {
        select();
    }

    /** Shows the chosen template as stored. */
    public void select() {
        current = templates.get(kind, language);
        subject = current.subject();
        body = current.body();
        preview = null;
    }

    public void preview() {
        try {
            preview = templates.preview(kind, language, subject, body);
        } catch (InvalidInputException e) {
            preview = null;
            messages.violations(e, "template");
        }
    }

    public void save() {
        try {
            current = templates.save(kind, language, subject, body);
            preview = templates.preview(kind, language, subject, body);
            messages.info("templates.saved");
        } catch (InvalidInputException e) {
            messages.violations(e, "template");
        }
    }

    public List<TemplateKind> getKinds() {
        return List.of(TemplateKind.values());
    }

    public List<String> getLanguages() {
        return MessageTemplates.LANGUAGES;
    }

    public TemplateKind getKind() {
        return kind;
    }

    public void setKind(TemplateKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public TemplateView getCurrent() {
        return current;
    }

    public Rendered getPreview() {
        return preview;
    }
}
