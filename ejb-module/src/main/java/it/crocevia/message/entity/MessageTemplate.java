package it.crocevia.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One message template in one language (Impostazioni → Template Messaggi). */
@Entity
@Table(name = "message_template")
@IdClass(MessageTemplate.Key.class)
public class MessageTemplate {

    @Id
    @Column(length = 40)
    private String code;

    @Id
    @Column(length = 5)
    private String language;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected MessageTemplate() {
    }

    public MessageTemplate(String code, String language) {
        this.code = code;
        this.language = language;
    }

    public void edit(String newSubject, String newBody, String by, LocalDateTime at) {
        this.subject = newSubject;
        this.body = newBody;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getCode() {
        return code;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** Template code and language. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String language;

        public Key() {
        }

        public Key(String code, String language) {
            this.code = code;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(code, k.code) && Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, language);
        }
    }
}
