package it.crocevia.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A country/language pair a Google Shopping account publishes to. */
@Embeddable
public class TargetMarket {

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 2)
    private String language;

    protected TargetMarket() {
    }

    public TargetMarket(String country, String language) {
        this.country = country;
        this.language = language;
    }

    public String getCountry() {
        return country;
    }

    public String getLanguage() {
        return language;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetMarket t && Objects.equals(country, t.country) && Objects.equals(language, t.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, language);
    }
}
